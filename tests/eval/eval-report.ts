// The whole `npm run eval` report of the extractor (the coder): per set, a summary with the issue's
// targets, then the per-type tables and error lists; and the `--json` object. Pure.
import {
  formatPloverReport,
  formatRe3dReport,
  formatSeedReport,
  formatSummary,
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

/** A run that scored: the extractor's version and its results on the chosen sets. */
export interface ScoredRun {
  version: string;
  results: SetResults;
}

/** The targets issue 12 sets per gold set; an analyst's --gold file has none. */
export const GOLD_SET_TARGETS = {
  seeds: { f1WithYear: TARGETS.seedsF1WithYear, negatedAsPositive: TARGETS.seedsNegatedAsPositive },
  official: { f1WithYear: TARGETS.officialF1WithYear },
  gold: {},
} as const;

const GOLD_SET_LABEL = { seeds: 'Seeds', official: 'Official texts', gold: 'Gold file' } as const;

export interface EvalReportInput {
  run: ScoredRun;
  /** Document id → text of the re3d documents, for the excerpts in the miss lists. */
  re3dTexts: ReadonlyMap<string, string>;
  options: ReportOptions;
}

function goldSetSection(key: 'seeds' | 'official' | 'gold', result: GoldSetResult | undefined, options: ReportOptions): string[] {
  if (!result) return [];
  const title = `== ${GOLD_SET_LABEL[key]}: ${result.evaluation.documents} documents vs ${result.goldFile} ==`;
  return [formatSummary(title, goldSetSummaryRows(result.evaluation, GOLD_SET_TARGETS[key])), '', formatSeedReport(result.evaluation, result.missingGazetteerIds, options)];
}

/** The text report: a header naming the extractor's version, then one section per set scored. */
export function formatEvalReport({ run, re3dTexts, options }: EvalReportInput): string {
  const { seeds, official, gold, plover, re3d } = run.results;
  const sections: string[][] = [[`Actorscope eval — ${run.version}`]];
  sections.push(goldSetSection('seeds', seeds, options), goldSetSection('official', official, options), goldSetSection('gold', gold, options));
  if (plover) {
    const title = `== PLOVER gold records (../shared/eval): ${plover.records} records, ${plover.inScope} in scope ==`;
    sections.push([formatSummary(title, ploverSummaryRows(plover)), '', formatPloverReport(plover, options)]);
  }
  if (re3d) {
    const subsets = re3d.subsets.map((s) => `${s.name} ${s.documents}`).join(', ');
    const title = `== re3d (../shared/eval/re3d): ${re3d.documents} documents (${subsets}) ==`;
    sections.push([formatSummary(title, re3dSummaryRows(re3d)), '', formatRe3dReport(re3d, re3dTexts, options)]);
  }
  return sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n');
}

/** Machine-readable results (texts of outside data left out); a set not run is absent. */
export function evalJson(run: ScoredRun) {
  const { seeds, official, gold, plover, re3d } = run.results;
  const goldSet = (key: 'seeds' | 'official' | 'gold', result: GoldSetResult | undefined) =>
    result ? goldSetJson(result.goldFile, result.evaluation, result.missingGazetteerIds, GOLD_SET_TARGETS[key]) : undefined;
  return {
    version: run.version,
    targets: TARGETS,
    seeds: goldSet('seeds', seeds),
    official: goldSet('official', official),
    gold: goldSet('gold', gold),
    plover: plover ? ploverJson(plover) : undefined,
    re3d: re3d ? re3dJson(re3d) : undefined,
  };
}
