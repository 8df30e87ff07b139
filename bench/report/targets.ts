// The speed targets for this 2-core machine, checked against a result file.
import type { BenchResults } from './results';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const fmt = (v: number, d = 0) => v.toLocaleString('en-US', { maximumFractionDigits: d });

export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (r.extract) {
    // End to end with the NLP server on the same machine (issue 12): the coder's worker sends its
    // articles in parallel, so the server keeps both cores busy.
    const own = r.extract.runs.filter((x) => x.engine === 'actorscope').sort((a, b) => b.articlesPerSec.median - a.articlesPerSec.median)[0];
    checks.push({
      target: 'extraction with the NLP server ≥ 4 articles/s (5 KB articles, both cores busy)',
      measured: own ? `${fmt(own.articlesPerSec.median, 1)} articles/s (${own.threads} worker thread${own.threads > 1 ? 's' : ''})` : 'not measured (extractor unavailable)',
      met: own ? own.articlesPerSec.median >= 4 : null,
    });
  }
  for (const load of r.load ?? []) {
    checks.push({
      target: `loading ≥ 20,000 claims/s (${fmt(load.targetClaims)} claims)`,
      measured: `${fmt(load.batched.claimsPerSec.median)} claims/s`,
      met: load.batched.claimsPerSec.median >= 20_000,
    });
    checks.push({ target: `loading ≥ 20× naive (${fmt(load.targetClaims)} claims)`, measured: `${fmt(load.ratio, 1)}×`, met: load.ratio >= 20 });
  }
  for (const api of r.api ?? []) {
    const focusRuns = api.result.endpoints.filter((e) => e.name.startsWith('graph: depth-2'));
    for (const focus of focusRuns) {
      const p95 = focus.p95Ms?.median;
      const how = focus.mode === 'varied' ? `${focus.variants ?? '?'} varied requests, read cache off` : 'one request repeated, read cache on (the default)';
      checks.push({
        target: `/api/graph depth-2 focus + year filter p95 < 50 ms at ${api.result.connections} connections (${fmt(api.claims)} claims${api.claims < 1_000_000 ? '; the target is for 1M' : ''}; ${how})`,
        measured: p95 !== undefined ? `p95 ${fmt(p95, 1)} ms` : `not measured (${focus.note ?? 'endpoint missing'})`,
        met: p95 !== undefined ? p95 < 50 : false,
      });
    }
  }
  const web = r.web?.runs.filter((x) => x.nodes === 2000 && x.edges === 10000) ?? [];
  for (const w of web) {
    const label = `web 2,000 nodes / 10,000 edges (${w.renderer})`;
    checks.push({ target: `${label}: first render < 2 s`, measured: `${fmt(w.firstDrawMs.median)} ms`, met: w.firstDrawMs.median < 2000 });
    checks.push({ target: `${label}: filter change < 200 ms`, measured: `${fmt(w.filterMs.median)} ms`, met: w.filterMs.median < 200 });
    // A user pans with the mouse; that is where the explorer's while-panning shortcuts apply.
    checks.push({ target: `${label}: panning ≥ 30 fps (mouse drag)`, measured: `${fmt(w.dragFps.median, 1)} fps (panBy: ${fmt(w.panFps.median, 1)})`, met: w.dragFps.median >= 30 });
  }
  return checks;
}
