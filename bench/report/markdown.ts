// Renders a result file as the markdown tables bench/README.md (and the top-level README) show.
import type { Summary } from './stats';
import { formatNumber, formatSummary } from './stats';
import type { BenchResults } from './results';
import { LADDER_STEPS } from '../stages/load/ladder-steps';
import { checkTargets } from './targets';

const s = (x: Summary | undefined | null, digits = 3) => (x ? formatSummary(x, digits) : '–');
const n = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '–' : formatNumber(x, digits));

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Run ${r.startedAt} (\`${r.command}\`). Values: median (min–max) over repeats.`);
  out.push('');
  out.push(
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}, Neo4j ${m.neo4j ?? '–'}, ${m.chromium ?? 'Chromium –'}; ` +
      `load average at start ${n(m.loadAverageAtStart, 2)}.`,
  );
  if (r.corpus) {
    const c = r.corpus;
    out.push('');
    out.push(
      `Corpus: seed ${c.seed}, ${n(c.articles)} articles over ${n(c.actors)} actors (${c.gazetteer}), mean ${n(c.meanArticleBytes)} bytes, ` +
        `${n(c.claimsPerArticle)} planted claims per article; shapes ${Object.entries(c.shapes).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    );
  }
  if (r.extract) {
    out.push('', '### Extraction (articles → claims)', '');
    out.push(
      table(
        ['engine', 'threads', 'articles/s', 'MB/s', 'found', 'peak RSS MiB'],
        r.extract.runs.map((x) => [x.engine, String(x.threads), s(x.articlesPerSec), s(x.mbPerSec), n(x.found), n(x.peakRssMiB)]),
      ),
    );
    if (r.extract.ratios.length > 0) out.push('', `Ratio actorscope ÷ peer (articles/s): ${r.extract.ratios.map((x) => `${x.peer} ×${x.threads}: ${n(x.ratio)}`).join('; ')}.`);
    for (const f of r.extract.failures) out.push('', `- ${f.engine} ×${f.threads} not measured: ${f.error}`);
  }
  if (r.load && r.load.length > 0) {
    out.push('', '### Loading into Neo4j', '');
    const rows: string[][] = [];
    for (const l of r.load) {
      rows.push([n(l.targetClaims), `batched (writeDocuments, ${l.batchDocs} docs/tx, ${l.concurrency} in flight)`, n(l.batched.claims), s(l.batched.claimsPerSec), l.batched.seconds.map((x) => n(x)).join(', '), n(l.batched.peakNodeRssMiB), n(l.batched.peakNeo4jRssMiB), n(l.ratio)]);
      rows.push([
        n(l.targetClaims),
        'naive (1 tx per claim)' + (l.naive.sampled ? `, first ${n(l.naive.claims)} claims; full load extrapolated ${n(l.naive.extrapolatedSeconds)} s` : ''),
        n(l.naive.claims), s(l.naive.claimsPerSec), l.naive.seconds.map((x) => n(x)).join(', '), n(l.naive.peakNodeRssMiB), n(l.naive.peakNeo4jRssMiB), '1',
      ]);
      for (const step of l.ladder) {
        rows.push([n(l.targetClaims), `claim relationships only: ${LADDER_STEPS[step.step]}`, n(step.claims), n(step.claimsPerSec), n(step.seconds), '', '', '']);
      }
    }
    out.push(table(['dataset claims', 'loader', 'claims written', 'claims/s', 'seconds', 'peak Node RSS MiB', 'peak Neo4j RSS MiB', 'ratio'], rows));
  }
  for (const api of r.api ?? []) {
    out.push('', `### API under load: ${n(api.claims)} claims, ${api.result.connections} connections over ${api.result.clientThreads} autocannon thread(s), ${api.result.durationSec} s per run (load average at start ${n(api.loadAverageAtStart, 2)})`, '');
    out.push(
      table(
        ['endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'non-2xx', 'peak Neo4j RSS MiB'],
        api.result.endpoints.map((e) =>
          e.status === 'ok'
            ? [e.name, s(e.p50Ms), s(e.p95Ms), s(e.p99Ms), s(e.reqPerSec), n(e.non2xx), n(e.peakNeo4jRssMiB)]
            : [e.name, `${e.status}: ${(e.note ?? '').replace(/\|/g, '/').slice(0, 120)}`, '', '', '', '', ''],
        ),
      ),
    );
  }
  if (r.web) {
    out.push('', `### Web (headless ${r.web.chromium}, ${r.web.viewport}, software rendering)`, '');
    out.push(
      table(
        ['nodes / edges', 'renderer', 'first draw ms', 'filter change ms', 'fcose layout ms', 'pan fps (panBy)', 'pan fps (mouse drag)', 'WebGL context'],
        r.web.runs.map((w) => [`${n(w.nodes)} / ${n(w.edges)}`, w.renderer, s(w.firstDrawMs), s(w.filterMs), s(w.layoutMs), s(w.panFps), s(w.dragFps), w.webglContext ? 'yes' : 'no']),
      ),
    );
  }
  const checks = checkTargets(r);
  if (checks.length > 0) {
    out.push('', '### Targets', '');
    out.push(table(['target', 'measured', 'met'], checks.map((c) => [c.target, c.measured, c.met === null ? '–' : c.met ? 'yes' : '**no**'])));
  }
  return out.join('\n') + '\n';
}
