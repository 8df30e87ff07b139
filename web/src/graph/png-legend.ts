// The PNG export: the whole graph with a legend drawn under it (actor types by colour and shape,
// relation types by colour, line styles), so an exported picture reads on its own. With community
// colouring on, the legend says the colours are communities.
import type { Core } from 'cytoscape';
import { RELATION_TYPE_INFO, RELATION_TYPES } from '../../../shared/vocabulary';
import { ACTOR_TYPE_STYLES } from './palette';

export interface LegendItem {
  kind: 'node' | 'line';
  color: string;
  label: string;
  /** Line style of a line item. */
  dash?: number[];
}

export function legendItems(communities: boolean): { title: string; items: LegendItem[] }[] {
  return [
    {
      title: communities ? 'Actors (coloured by community; shapes by type)' : 'Actors',
      items: communities ? [] : ACTOR_TYPE_STYLES.map((s) => ({ kind: 'node' as const, color: s.color, label: s.label })),
    },
    { title: 'Relations', items: RELATION_TYPES.map((t) => ({ kind: 'line' as const, color: RELATION_TYPE_INFO[t].color, label: RELATION_TYPE_INFO[t].label })) },
    {
      title: 'Lines',
      items: [
        { kind: 'line', color: '#6b7280', label: 'negated', dash: [6, 4] },
        { kind: 'line', color: '#6b7280', label: 'proposed / speculative', dash: [2, 3] },
        { kind: 'line', color: '#6b7280', label: 'width: number of claims' },
      ],
    },
  ];
}

const FONT = '12px Inter, system-ui, sans-serif';
const ROW = 20;
const PAD = 16;

/** Lays the legend out in rows across `width`; returns the height it needs (draws when ctx is given). */
export function drawLegend(ctx: CanvasRenderingContext2D | null, width: number, top: number, communities: boolean, measure: (text: string) => number): number {
  let y = top + PAD;
  for (const group of legendItems(communities)) {
    if (ctx) {
      ctx.font = `600 ${FONT}`;
      ctx.fillStyle = '#374151';
      ctx.fillText(group.title, PAD, y + 12);
    }
    y += ROW;
    let x = PAD;
    for (const item of group.items) {
      const w = 26 + measure(item.label) + 18;
      if (x + w > width - PAD) {
        x = PAD;
        y += ROW;
      }
      if (ctx) {
        if (item.kind === 'node') {
          ctx.fillStyle = item.color;
          ctx.beginPath();
          ctx.arc(x + 8, y + 8, 6, 0, Math.PI * 2);
          ctx.fill();
        } else {
          ctx.strokeStyle = item.color;
          ctx.lineWidth = 3;
          ctx.setLineDash(item.dash ?? []);
          ctx.beginPath();
          ctx.moveTo(x, y + 8);
          ctx.lineTo(x + 20, y + 8);
          ctx.stroke();
          ctx.setLineDash([]);
        }
        ctx.font = FONT;
        ctx.fillStyle = '#1f2937';
        ctx.fillText(item.label, x + 26, y + 12);
      }
      x += w;
    }
    if (group.items.length > 0) y += ROW;
  }
  return y + PAD - top;
}

/** The graph as a PNG with the legend under it. */
export async function graphPngWithLegend(cy: Core, communities: boolean): Promise<Blob> {
  const uri = cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 7000 }) as unknown as string;
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('PNG export: the graph image could not be read.'));
    image.src = uri;
  });
  const width = Math.max(image.width, 900);
  const canvas = document.createElement('canvas');
  const probe = canvas.getContext('2d')!;
  probe.font = FONT;
  const measure = (t: string) => probe.measureText(t).width;
  const legendHeight = drawLegend(null, width, 0, communities, measure);
  canvas.width = width;
  canvas.height = image.height + legendHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, (width - image.width) / 2, 0);
  ctx.strokeStyle = '#e3e6eb';
  ctx.beginPath();
  ctx.moveTo(0, image.height + 0.5);
  ctx.lineTo(width, image.height + 0.5);
  ctx.stroke();
  drawLegend(ctx, width, image.height, communities, measure);
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export: the canvas gave no image.'))), 'image/png'));
}
