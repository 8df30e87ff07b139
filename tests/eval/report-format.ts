// Text and JSON renderings of the eval results. Pure: results in, string or plain object out.
import type { PloverEvaluation, TypeScore } from './plover-eval';
import { relationExtent, type Re3dEvaluation } from './re3d-eval';
import { describeKey, describeTuple, type RelationTuple } from './relation-tuples';
import type { Prf } from './score';
import type { SeedEvaluation } from './seed-eval';

/** The targets of issue 12 ("Measured, in npm run eval and the README"). */
export const TARGETS = {
  seedsF1WithYear: 0.85,
  seedsNegatedAsPositive: 0,
  officialF1WithYear: 0.6,
  ploverRecall: 0.7,
  ploverPrecision: 0.75,
  re3dRecall: 0.5,
  re3dPrecision: 0.6,
} as const;

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

/** The detailed report of one gold set (seeds, official, --gold): per-type table and error lists. */
export function formatSeedReport(seeds: SeedEvaluation, missingGazetteerIds: readonly string[], options: ReportOptions): string {
  const lines: string[] = [];
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

export const verdict = (value: number | null, target: number) => (value !== null && value >= target ? 'met' : 'NOT met');

export function formatPloverReport(plover: PloverEvaluation, options: ReportOptions): string {
  const lines: string[] = [];
  const outside = Object.entries(plover.outOfScopeEvents).map(([event, n]) => `${event} ${n}`).join(', ');
  lines.push(`${'type'.padEnd(16)}  gold recalled  recall  claims  correct precision  lenient`);
  for (const row of plover.perType) lines.push(typeRow(row));
  lines.push(typeRow(plover.overall));
  const { recall, precision } = plover.overall;
  lines.push(
    `Targets: recall ${formatNumber(recall)} ≥ ${TARGETS.ploverRecall} ${verdict(recall, TARGETS.ploverRecall)}; ` +
      `precision ${formatNumber(precision)} ≥ ${TARGETS.ploverPrecision} ${verdict(precision, TARGETS.ploverPrecision)}`,
  );
  lines.push(`Out of scope (not scored): ${outside}; event claims extracted from them: ${plover.claimsOnOutOfScope}`);
  const missed = limited(plover.scored.filter((s) => s.matching.length === 0), options);
  lines.push(`Missed records: ${plover.scored.filter((s) => s.matching.length === 0).length}${missed.note}`);
  for (const s of missed.shown) {
    const who = (actors: { actorText: string }[]) => actors.map((a) => a.actorText).join(' + ') || '(any)';
    lines.push(`  - ${s.record.id} ${s.mappedType} ${who(s.record.sources)} → ${who(s.record.targets)} — "${shorten(s.record.text)}"`);
    for (const c of s.claims) lines.push(`      got ${c.source} ${c.negated ? 'NOT ' : ''}${c.type} ${c.target}`);
  }
  const wrong = plover.scored.flatMap((s) => s.claims.filter((claim) => !s.matching.includes(claim)).map((c) => ({ s, c })));
  const wrongShown = limited(wrong, options);
  lines.push(`Claims not matching their record: ${wrong.length}${wrongShown.note}`);
  for (const { s, c } of wrongShown.shown) {
    lines.push(`  + ${s.record.id} (gold ${s.mappedType}) got ${c.source} ${c.negated ? 'NOT ' : ''}${c.type} ${c.target} — "${shorten(s.record.text)}"`);
  }
  return lines.join('\n');
}

const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The detailed re3d report. `texts` maps document id → text, for the excerpts. */
export function formatRe3dReport(re3d: Re3dEvaluation, texts: ReadonlyMap<string, string>, options: ReportOptions): string {
  const lines: string[] = [];
  const excluded = Object.entries(re3d.excluded).map(([reason, n]) => `${reason} ${n}`).join(', ') || 'none';
  const outside = Object.entries(re3d.outOfScope).map(([type, n]) => `${type} ${n}`).join(', ');
  lines.push(
    `${re3d.annotated} relation lines; outside the mapped types: ${outside || 'none'}; mapped after folding mutual pairs and repeats: ` +
      `${re3d.mapped}; not scored for recall: ${excluded}; scored: ${re3d.recall.gold}`,
  );
  lines.push(`${'re3d type'.padEnd(16)} ${'maps to'.padEnd(36)}  gold recalled  recall`);
  for (const row of [...re3d.perType, re3d.recall]) {
    const mapsTo = row.type === 'ALL' ? '(any)' : row.mapsTo.join('/');
    lines.push(`${row.type.padEnd(16)} ${mapsTo.padEnd(36)} ${pad(row.gold, 5)} ${pad(row.recalled, 8)} ${pad(formatNumber(row.recall), 7)}`);
  }
  lines.push(`${'claim type'.padEnd(16)} claims correct precision`);
  for (const row of [...re3d.perClaimType, re3d.precision]) {
    lines.push(`${row.type.padEnd(16)} ${pad(row.claims, 6)} ${pad(row.correct, 7)} ${pad(formatNumber(row.precision), 9)}`);
  }
  lines.push(`Negated claims (never correct here: re3d annotates no negation): ${re3d.negatedClaims}`);
  lines.push(
    `Targets: recall ${formatNumber(re3d.recall.recall)} ≥ ${TARGETS.re3dRecall} ${verdict(re3d.recall.recall, TARGETS.re3dRecall)}; ` +
      `precision ${formatNumber(re3d.precision.precision)} ≥ ${TARGETS.re3dPrecision} ${verdict(re3d.precision.precision, TARGETS.re3dPrecision)}`,
  );
  const excerpt = (docId: string, start: number, end: number) => {
    const text = texts.get(docId) ?? '';
    return shorten(flat(text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80))), 260);
  };
  const missedAll = re3d.scored.filter((s) => s.matching.length === 0);
  const missed = limited(missedAll, options);
  lines.push(`Missed relations: ${missedAll.length}${missed.note}`);
  for (const { relation: r } of missed.shown) {
    const extent = relationExtent(r);
    lines.push(`  - ${r.documentId.slice(0, 8)} ${r.type} "${flat(r.source.text)}" → "${flat(r.target.text)}" — "…${excerpt(r.documentId, extent.start, extent.end)}…"`);
  }
  const wrongAll = re3d.claims.filter((c) => c.matches.length === 0);
  const wrong = limited(wrongAll, options);
  lines.push(`Claims matching no annotated relation: ${wrongAll.length}${wrong.note}`);
  for (const { documentId, claim: c } of wrong.shown) {
    lines.push(`  + ${documentId.slice(0, 8)} ${c.source} ${c.negated ? 'NOT ' : ''}${c.type} ${c.target} — "${shorten(flat(c.sentence))}"`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The summary heading each set: the headline figures and a verdict on each target the issue sets.

export interface SummaryRow {
  label: string;
  value: string;
}

/** The title line, then one `label  value` line per row, the values aligned. */
export function formatSummary(title: string, rows: readonly SummaryRow[]): string {
  const labelWidth = Math.max(6, ...rows.map((row) => row.label.length));
  return [title, ...rows.map((row) => `${row.label.padEnd(labelWidth)}  ${row.value}`)].join('\n');
}

const pr = (prf: Prf) => `${formatNumber(prf.precision)} / ${formatNumber(prf.recall)}`;

/** Rows for a gold set (seeds, official, --gold); `targets` adds the target lines the issue sets for it. */
export function goldSetSummaryRows(e: SeedEvaluation, targets: { f1WithYear?: number; negatedAsPositive?: number }): SummaryRow[] {
  const rows: SummaryRow[] = [
    { label: 'relations P / R (with year)', value: pr(e.withYear.prf) },
    { label: 'relations F1 (with year)', value: formatNumber(e.withYear.prf.f1) },
    { label: 'relations P / R (without year)', value: pr(e.withoutYear.prf) },
    { label: 'relations F1 (without year)', value: formatNumber(e.withoutYear.prf.f1) },
    { label: 'negated loaded as positive', value: String(e.negatedAsPositive.length) },
    { label: 'actor mentions F1', value: formatNumber(e.mentions.prf.f1) },
  ];
  const { f1WithYear, negatedAsPositive } = targets;
  if (f1WithYear !== undefined) rows.push({ label: `target: F1 (with year) ≥ ${f1WithYear}`, value: verdict(e.withYear.prf.f1, f1WithYear) });
  if (negatedAsPositive !== undefined) {
    rows.push({ label: `target: negated as positive = ${negatedAsPositive}`, value: e.negatedAsPositive.length <= negatedAsPositive ? 'met' : 'NOT met' });
  }
  return rows;
}

export function ploverSummaryRows(e: PloverEvaluation): SummaryRow[] {
  return [
    { label: 'recall', value: formatNumber(e.overall.recall) },
    { label: 'precision (strict)', value: formatNumber(e.overall.precision) },
    { label: 'precision (lenient: type only)', value: formatNumber(e.overall.lenientPrecision) },
    { label: 'event claims', value: String(e.overall.claims) },
    { label: `target: recall ≥ ${TARGETS.ploverRecall}`, value: verdict(e.overall.recall, TARGETS.ploverRecall) },
    { label: `target: precision ≥ ${TARGETS.ploverPrecision}`, value: verdict(e.overall.precision, TARGETS.ploverPrecision) },
  ];
}

export function re3dSummaryRows(e: Re3dEvaluation): SummaryRow[] {
  return [
    { label: 'recall', value: `${formatNumber(e.recall.recall)} (${e.recall.recalled}/${e.recall.gold})` },
    { label: 'precision', value: `${formatNumber(e.precision.precision)} (${e.precision.correct}/${e.precision.claims})` },
    { label: 'precision, event claims only', value: `${formatNumber(e.eventPrecision.precision)} (${e.eventPrecision.correct}/${e.eventPrecision.claims})` },
    { label: 'precision, distinct relations', value: `${formatNumber(e.relationPrecision.precision)} (${e.relationPrecision.correct}/${e.relationPrecision.claims})` },
    { label: `target: recall ≥ ${TARGETS.re3dRecall}`, value: verdict(e.recall.recall, TARGETS.re3dRecall) },
    { label: `target: precision ≥ ${TARGETS.re3dPrecision}`, value: verdict(e.precision.precision, TARGETS.re3dPrecision) },
  ];
}

/** Machine-readable results of a gold set (seeds, official, --gold). */
export function goldSetJson(goldFile: string, seeds: SeedEvaluation, missingGazetteerIds: readonly string[], targets: { f1WithYear?: number; negatedAsPositive?: number }) {
  const list = (items: { key: string; items: (RelationTuple & { sentence: string })[] }[]) =>
    items.map((item) => ({ tuple: item.items[0] ? describeTuple(item.items[0], false) : describeKey(item.key), sentence: item.items[0]?.sentence ?? '' }));
  return {
    goldFile,
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
    targets,
  };
}

/** PLOVER results; sentences are left out (they stay in ../shared/eval). */
export function ploverJson(plover: PloverEvaluation) {
  return {
    records: plover.records,
    inScope: plover.inScope,
    outOfScopeEvents: plover.outOfScopeEvents,
    claimsOnOutOfScope: plover.claimsOnOutOfScope,
    overall: plover.overall,
    perType: plover.perType,
    targets: { recall: TARGETS.ploverRecall, precision: TARGETS.ploverPrecision },
    missedRecordIds: plover.scored.filter((s) => s.matching.length === 0).map((s) => s.record.id),
  };
}

/** re3d results; texts are left out (relation ids and claim tuples only). */
export function re3dJson(re3d: Re3dEvaluation) {
  return {
    documents: re3d.documents,
    subsets: re3d.subsets,
    annotated: re3d.annotated,
    outOfScope: re3d.outOfScope,
    mapped: re3d.mapped,
    excluded: re3d.excluded,
    recall: re3d.recall,
    precision: re3d.precision,
    eventPrecision: re3d.eventPrecision,
    relationPrecision: re3d.relationPrecision,
    negatedClaims: re3d.negatedClaims,
    perType: re3d.perType,
    perClaimType: re3d.perClaimType,
    targets: { recall: TARGETS.re3dRecall, precision: TARGETS.re3dPrecision },
    missedRelationIds: re3d.scored.filter((s) => s.matching.length === 0).map((s) => s.relation.id),
    unmatchedClaims: re3d.claims
      .filter((c) => c.matches.length === 0)
      .map((c) => ({ documentId: c.documentId, source: c.claim.source, type: c.claim.type, target: c.claim.target, negated: c.claim.negated })),
  };
}
