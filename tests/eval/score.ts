// Pure set-based scoring: precision, recall and F1 over keyed items, overall and per group.
// No I/O, so the numbers `npm run eval` prints can be unit-tested.

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing was predicted (0/0 is undefined, not 0 or 1). */
  precision: number | null;
  /** null when there is nothing to find. */
  recall: number | null;
  f1: number | null;
}

/** P/R/F1 from counts. F1 is null unless both precision and recall are defined. */
export function prfFromCounts(tp: number, fp: number, fn: number): Prf {
  for (const [name, value] of [['tp', tp], ['fp', fp], ['fn', fn]] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`score: invalid \`${name}\` ${value}. Expecting a non-negative integer.`);
    }
  }
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 =
    precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface SetComparison<G, P> {
  prf: Prf;
  /** Keys found in both. */
  matched: string[];
  /** Predicted keys absent from gold, with every predicted item carrying that key. */
  falsePositives: { key: string; items: P[] }[];
  /** Gold keys absent from the predictions, with every gold item carrying that key. */
  falseNegatives: { key: string; items: G[] }[];
}

function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Compares gold and predicted items as sets of keys: duplicates count once, order is irrelevant.
 * Items are kept per key so reports can show the evidence behind each error.
 */
export function compareSets<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  goldKey: (item: G) => string,
  predictedKey: (item: P) => string,
): SetComparison<G, P> {
  const goldGroups = groupByKey(gold, goldKey);
  const predictedGroups = groupByKey(predicted, predictedKey);
  const matched = [...predictedGroups.keys()].filter((key) => goldGroups.has(key)).sort();
  const falsePositives = [...predictedGroups]
    .filter(([key]) => !goldGroups.has(key))
    .map(([key, items]) => ({ key, items }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const falseNegatives = [...goldGroups]
    .filter(([key]) => !predictedGroups.has(key))
    .map(([key, items]) => ({ key, items }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return {
    prf: prfFromCounts(matched.length, falsePositives.length, falseNegatives.length),
    matched,
    falsePositives,
    falseNegatives,
  };
}

/** compareSets per group (e.g. per relation type); groups present on either side are reported. */
export function compareSetsByGroup<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  goldKey: (item: G) => string,
  predictedKey: (item: P) => string,
  goldGroup: (item: G) => string,
  predictedGroup: (item: P) => string,
): Map<string, Prf> {
  const names = [...new Set([...gold.map(goldGroup), ...predicted.map(predictedGroup)])].sort();
  return new Map(
    names.map((name) => [
      name,
      compareSets(
        gold.filter((item) => goldGroup(item) === name),
        predicted.filter((item) => predictedGroup(item) === name),
        goldKey,
        predictedKey,
      ).prf,
    ]),
  );
}

/** A share with a defined denominator; null when there is nothing to count. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
