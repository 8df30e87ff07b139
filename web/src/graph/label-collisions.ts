// Pure: which labels to hide so no two drawn labels overlap. Greedy by importance: the most important
// actor's label is kept, then each next one if it overlaps none kept so far. Hidden labels come back
// on hover and selection (the canvas keeps them for those states).

export interface LabelBox {
  id: string;
  /** Higher keeps its label first. */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export function hiddenLabels(boxes: readonly LabelBox[]): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: LabelBox[] = [];
  const hidden = new Set<string>();
  for (const box of order) {
    if (box.x2 <= box.x1 || box.y2 <= box.y1) continue;
    if (kept.some((k) => overlaps(k, box))) hidden.add(box.id);
    else kept.push(box);
  }
  return hidden;
}
