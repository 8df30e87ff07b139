// Text and JSON renderings of the eval results. Pure: results in, string or plain object out.
import type { PloverEvaluation, TypeScore } from './plover-eval';
import { describeKey, describeTuple, type RelationTuple } from './relation-tuples';
import type { Prf } from './score';
import type { SeedEvaluation } from './seed-eval';

export const TARGETS = { ploverRecall: 0.6, ploverPrecision: 0.6 } as const;

export interface ReportOptions {
  verbose: boolean;
  /** How many FP/FN lines the default report shows per list. */
  shortListLength: number;
}

export function formatNumber(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const prfCells = (prf: Prf) =>
  `${pad(prf.tp, 4)} ${pad(prf.fp, 4)} ${pad(prf.fn, 4)} ${pad(formatNumber(prf.precision), 6)} ${pad(formatNumber(prf.recall), 6)} ${pad(formatNumber(prf.f1), 6)}`;
const shorten = (text: string, max = 220) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function limited<T>(items: readonly T[], options: ReportOptions): { shown: readonly T[]; note: string } {
  if (options.verbose || items.length <= options.shortListLength) return { shown: items, note: '' };
  return { shown: items.slice(0, options.shortListLength), note: ` (showing ${options.shortListLength}; --verbose lists all)` };
}

export function formatSeedReport(seeds: SeedEvaluation, missingGazetteerIds: readonly string[], options: ReportOptions): string {
  const lines: string[] = [];
  lines.push(`== Seeds: ${seeds.documents} documents vs tests/gold/seeds.gold.json ==`);
  lines.push(`${''.padEnd(26)}   TP   FP   FN      P      R     F1`);
  lines.push(`${'relations (with year)'.padEnd(26)} ${prfCells(seeds.withYear.prf)}`);
  lines.push(`${'relations (without year)'.padEnd(26)} ${prfCells(seeds.withoutYear.prf)}`);
  lines.push(`${'actor mentions (doc,actor)'.padEnd(26)} ${prfCells(seeds.mentions.prf)}`);
  lines.push('');
  lines.push(`${'per type'.padEnd(16)} | with year:  TP   FP   FN      P      R     F1 | without year:  TP   FP   FN      P      R     F1`);
  for (const row of seeds.perType) {
    lines.push(`${row.type.padEnd(16)} |          ${prfCells(row.withYear)} |             ${prfCells(row.withoutYear)}`);
  }
  lines.push('');
  lines.push(`Negated claims loaded as positive: ${seeds.negatedAsPositive.length} (target 0)`);
  for (const claim of seeds.negatedAsPositive) {
    lines.push(`  ! ${describeTuple(claim, false)} — "${shorten(claim.sentence)}"`);
  }
  const fp = limited(seeds.withoutYear.falsePositives, options);
  lines.push(`False positives (without year): ${seeds.withoutYear.falsePositives.length}${fp.note}`);
  for (const item of fp.shown) lines.push(`  + ${item.items[0] ? describeTuple(item.items[0], false) : describeKey(item.key)} — "${shorten(item.items[0]?.sentence ?? '')}"`);
  const fn = limited(seeds.withoutYear.falseNegatives, options);
  lines.push(`False negatives (without year): ${seeds.withoutYear.falseNegatives.length}${fn.note}`);
  for (const item of fn.shown) lines.push(`  - ${item.items[0] ? describeTuple(item.items[0], false) : describeKey(item.key)} — "${shorten(item.items[0]?.sentence ?? '')}"`);
  const years = limited(seeds.yearMismatches, options);
  lines.push(`Right relation, wrong year: ${seeds.yearMismatches.length}${years.note}`);
  for (const m of years.shown) {
    lines.push(`  ~ ${describeKey(m.key)} gold ${m.goldYears.map(String).join('/')} vs extracted ${m.extractedYears.map(String).join('/')} — "${shorten(m.sentence)}"`);
  }
  const fpMentions = limited(seeds.mentions.falsePositives, options);
  lines.push(`Mentions not in gold: ${seeds.mentions.falsePositives.length}${fpMentions.note}${fpMentions.shown.length ? ': ' : ''}${fpMentions.shown.map((m) => m.key).join(', ')}`);
  const fnMentions = limited(seeds.mentions.falseNegatives, options);
  lines.push(`Gold mentions missed: ${seeds.mentions.falseNegatives.length}${fnMentions.note}${fnMentions.shown.length ? ': ' : ''}${fnMentions.shown.map((m) => m.key).join(', ')}`);
  if (missingGazetteerIds.length > 0) lines.push(`Gold actor ids not in seeds/gazetteer.json: ${missingGazetteerIds.join(', ')}`);
  return lines.join('\n');
}

function typeRow(row: TypeScore): string {
  return `${row.type.padEnd(16)} ${pad(row.goldRecords, 5)} ${pad(row.recalled, 8)} ${pad(formatNumber(row.recall), 7)} ${pad(row.claims, 7)} ${pad(row.correctClaims, 8)} ${pad(formatNumber(row.precision), 9)} ${pad(formatNumber(row.lenientPrecision), 8)}`;
}

const verdict = (value: number | null, target: number) => (value !== null && value >= target ? 'met' : 'NOT met');

export function formatPloverReport(plover: PloverEvaluation, options: ReportOptions): string {
  const lines: string[] = [];
  const outside = Object.entries(plover.outOfScopeEvents).map(([event, n]) => `${event} ${n}`).join(', ');
  lines.push(`== PLOVER gold records (../shared/eval): ${plover.records} records, ${plover.inScope} in scope ==`);
  lines.push(`${'type'.padEnd(16)}  gold recalled  recall  claims  correct precision  lenient`);
  for (const row of plover.perType) lines.push(typeRow(row));
  lines.push(typeRow(plover.overall));
  const { recall, precision } = plover.overall;
  lines.push(
    `Targets: recall ${formatNumber(recall)} ≥ ${TARGETS.ploverRecall} ${verdict(recall, TARGETS.ploverRecall)}; ` +
      `precision ${formatNumber(precision)} ≥ ${TARGETS.ploverPrecision} ${verdict(precision, TARGETS.ploverPrecision)}`,
  );
  lines.push(`Out of scope (not scored): ${outside}; event claims extracted from them: ${plover.claimsOnOutOfScope}`);
  if (options.verbose) {
    lines.push('Missed records:');
    for (const s of plover.scored.filter((s) => s.matching.length === 0)) {
      const who = (actors: { actorText: string }[]) => actors.map((a) => a.actorText).join(' + ') || '(any)';
      lines.push(`  - ${s.record.id} ${s.mappedType} ${who(s.record.sources)} → ${who(s.record.targets)} — "${shorten(s.record.text)}"`);
      for (const c of s.claims) lines.push(`      got ${c.source} ${c.negated ? 'NOT ' : ''}${c.type} ${c.target}`);
    }
    lines.push('Claims not matching their record:');
    for (const s of plover.scored) {
      for (const c of s.claims.filter((claim) => !s.matching.includes(claim))) {
        lines.push(`  + ${s.record.id} (gold ${s.mappedType}) got ${c.source} ${c.negated ? 'NOT ' : ''}${c.type} ${c.target} — "${shorten(s.record.text)}"`);
      }
    }
  }
  return lines.join('\n');
}

/** Machine-readable results; PLOVER sentences are left out (they stay in ../shared/eval). */
export function toJson(extractorVersion: string, seeds: SeedEvaluation, missingGazetteerIds: readonly string[], plover: PloverEvaluation) {
  const list = (items: { key: string; items: (RelationTuple & { sentence: string })[] }[]) =>
    items.map((item) => ({ tuple: item.items[0] ? describeTuple(item.items[0], false) : describeKey(item.key), sentence: item.items[0]?.sentence ?? '' }));
  return {
    extractorVersion,
    seeds: {
      documents: seeds.documents,
      relationsWithYear: seeds.withYear.prf,
      relationsWithoutYear: seeds.withoutYear.prf,
      mentions: seeds.mentions.prf,
      perType: seeds.perType,
      negatedLoadedAsPositive: seeds.negatedAsPositive.map((c) => ({ tuple: describeTuple(c, false), sentence: c.sentence })),
      falsePositives: list(seeds.withoutYear.falsePositives),
      falseNegatives: list(seeds.withoutYear.falseNegatives),
      yearMismatches: seeds.yearMismatches.map((m) => ({ ...m, tuple: describeKey(m.key) })),
      mentionFalsePositives: seeds.mentions.falsePositives.map((m) => m.key),
      mentionFalseNegatives: seeds.mentions.falseNegatives.map((m) => m.key),
      goldIdsMissingFromGazetteer: missingGazetteerIds,
    },
    plover: {
      records: plover.records,
      inScope: plover.inScope,
      outOfScopeEvents: plover.outOfScopeEvents,
      claimsOnOutOfScope: plover.claimsOnOutOfScope,
      overall: plover.overall,
      perType: plover.perType,
      targets: { recall: TARGETS.ploverRecall, precision: TARGETS.ploverPrecision },
      missedRecordIds: plover.scored.filter((s) => s.matching.length === 0).map((s) => s.record.id),
    },
  };
}
