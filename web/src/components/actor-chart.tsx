// Per-year cooperation (up, green) vs conflict (down, red) bars with the net balance as a dot.
import type { TimelineYear } from '../../../shared/api';

export function ActorChart({ years }: { years: TimelineYear[] }) {
  if (years.length === 0) return <p className="muted" data-testid="actor-chart-empty">No dated claims.</p>;
  const w = 320;
  const h = 120;
  const mid = h / 2;
  const peak = Math.max(1, ...years.map((y) => Math.max(y.cooperation, Math.abs(y.conflict))));
  const bw = Math.min(36, (w - 20) / years.length - 6);
  const x = (i: number) => 10 + i * ((w - 20) / years.length) + 3;
  const scale = (v: number) => (Math.abs(v) / peak) * (mid - 14);
  return (
    <svg className="actor-chart" viewBox={`0 0 ${w} ${h + 14}`} role="img" aria-label="Cooperation and conflict per year" data-testid="actor-chart">
      <line x1={0} x2={w} y1={mid} y2={mid} stroke="#cbd5e1" />
      {years.map((y, i) => (
        <g key={y.year}>
          <title>{`${y.year}: cooperation ${y.cooperation.toFixed(1)}, conflict ${y.conflict.toFixed(1)}, net ${y.net.toFixed(1)}, ${y.total} claims`}</title>
          <rect x={x(i)} y={mid - scale(y.cooperation)} width={bw} height={scale(y.cooperation)} fill="#27ae60" rx={2} />
          <rect x={x(i)} y={mid} width={bw} height={scale(y.conflict)} fill="#eb5757" rx={2} />
          <circle cx={x(i) + bw / 2} cy={mid - Math.sign(y.net) * scale(y.net)} r={3.5} fill="#111827" />
          <text x={x(i) + bw / 2} y={h + 10} textAnchor="middle" fontSize={10} fill="#475569">{y.year}</text>
        </g>
      ))}
      <text x={4} y={11} fontSize={9} fill="#27ae60">cooperation</text>
      <text x={4} y={h - 2} fontSize={9} fill="#eb5757">conflict</text>
    </svg>
  );
}
