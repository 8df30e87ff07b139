// The whole `npm run eval` report with the extractors side by side: per set, one summary table with
// a column per extractor, then each extractor's per-type tables and error lists. Pure.
import {
  formatPloverReport,
  formatRe3dReport,
  formatSeedReport,
  formatSummaryTable,
  goldSetJson,
  goldSetSummaryRows,
  ploverJson,
  ploverSummaryRows,
  re3dJson,
  re3dSummaryRows,
  TARGETS,
  type ReportOptions,
} from './report-format';
import type { GoldSetResult, SetResults } from './run-sets';

export const EXTRACTOR_NAMES = ['rules', 'coder'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

export type ExtractorRun =
  | { name: ExtractorName; status: 'ok'; version: string; results: SetResults }
  | { name: ExtractorName; status: 'unavailable'; reason: string };

type OkRun = Extract<ExtractorRun, { status: 'ok' }>;

/** The targets issue 12 sets per gold set; an analyst's --gold file has none. */
export const GOLD_SET_TARGETS = {
  seeds: { f1WithYear: TARGETS.seedsF1WithYear, negatedAsPositive: TARGETS.seedsNegatedAsPositive },
  official: { f1WithYear: TARGETS.officialF1WithYear },
  gold: {},
} as const;

const GOLD_SET_LABEL = { seeds: 'Seeds', official: 'Official texts', gold: 'Gold file' } as const;

const column = (run: OkRun) => (run.version.startsWith(run.name) ? run.version : `${run.name} ${run.version}`);

export interface EvalReportInput {
  runs: readonly ExtractorRun[];
  /** Document id → text of the re3d documents, for the excerpts in the miss lists. */
  re3dTexts: ReadonlyMap<string, string>;
  options: ReportOptions;
}

function goldSetSection(key: 'seeds' | 'official' | 'gold', okRuns: readonly OkRun[], options: ReportOptions): string[] {
  const withSet = okRuns.filter((run) => run.results[key]);
  const first = withSet[0]?.results[key];
  if (!first) return [];
  const title = `${GOLD_SET_LABEL[key]}: ${first.evaluation.documents} documents vs ${first.goldFile}`;
  const results = withSet.map((run) => run.results[key] as GoldSetResult);
  const out = [formatSummaryTable(`== ${title} ==`, withSet.map(column), goldSetSummaryRows(results.map((r) => r.evaluation), GOLD_SET_TARGETS[key]))];
  withSet.forEach((run, i) => {
    const result = results[i] as GoldSetResult;
    out.push('', formatSeedReport(result.evaluation, result.missingGazetteerIds, options, `-- ${title} · ${column(run)} --`));
  });
  return out;
}

/** The text report. Unavailable extractors are named first, with the reason. */
export function formatEvalReport({ runs, re3dTexts, options }: EvalReportInput): string {
  const okRuns = runs.filter((run): run is OkRun => run.status === 'ok');
  const sections: string[][] = [];
  const header = [`Actorscope eval — ${okRuns.map(column).join(' vs ') || 'no extractor ran'}`];
  for (const run of runs) if (run.status === 'unavailable') header.push(`${run.name}: unavailable — ${run.reason}`);
  sections.push(header);
  for (const key of ['seeds', 'official', 'gold'] as const) sections.push(goldSetSection(key, okRuns, options));

  const plover = okRuns.filter((run) => run.results.plover);
  const firstPlover = plover[0]?.results.plover;
  if (firstPlover) {
    const title = `PLOVER gold records (../shared/eval): ${firstPlover.records} records, ${firstPlover.inScope} in scope`;
    const section = [formatSummaryTable(`== ${title} ==`, plover.map(column), ploverSummaryRows(plover.map((run) => run.results.plover!)))];
    for (const run of plover) section.push('', formatPloverReport(run.results.plover!, options, `-- PLOVER · ${column(run)} --`));
    sections.push(section);
  }

  const re3d = okRuns.filter((run) => run.results.re3d);
  const firstRe3d = re3d[0]?.results.re3d;
  if (firstRe3d) {
    const subsets = firstRe3d.subsets.map((s) => `${s.name} ${s.documents}`).join(', ');
    const title = `re3d (../shared/eval/re3d): ${firstRe3d.documents} documents (${subsets})`;
    const section = [formatSummaryTable(`== ${title} ==`, re3d.map(column), re3dSummaryRows(re3d.map((run) => run.results.re3d!)))];
    for (const run of re3d) section.push('', formatRe3dReport(run.results.re3d!, re3dTexts, options, `-- re3d · ${column(run)} --`));
    sections.push(section);
  }
  return sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n');
}

/** Machine-readable results: one object per extractor (texts of outside data left out). */
export function evalJson(runs: readonly ExtractorRun[]) {
  return {
    targets: TARGETS,
    extractors: runs.map((run) => {
      if (run.status === 'unavailable') return { extractor: run.name, status: run.status, reason: run.reason };
      const { seeds, official, gold, plover, re3d } = run.results;
      const goldSet = (key: 'seeds' | 'official' | 'gold', result: GoldSetResult | undefined) =>
        result ? goldSetJson(result.goldFile, result.evaluation, result.missingGazetteerIds, GOLD_SET_TARGETS[key]) : undefined;
      return {
        extractor: run.name,
        status: run.status,
        version: run.version,
        seeds: goldSet('seeds', seeds),
        official: goldSet('official', official),
        gold: goldSet('gold', gold),
        plover: plover ? ploverJson(plover) : undefined,
        re3d: re3d ? re3dJson(re3d) : undefined,
      };
    }),
  };
}
