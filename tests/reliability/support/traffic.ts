// Background HTTP traffic against a running server: every answer is recorded with its status, code
// and duration; a request that gets no answer within `hangMs` is recorded as a hang (status 0).
export interface Sample {
  at: number;
  path: string;
  status: number;
  code: string | undefined;
  ms: number;
}

export interface Traffic {
  samples: Sample[];
  stop(): Promise<Sample[]>;
}

export function startTraffic(base: string, paths: string[], options: { concurrency?: number; hangMs?: number; pauseMs?: number } = {}): Traffic {
  const { concurrency = 4, hangMs = 30_000, pauseMs = 50 } = options;
  const samples: Sample[] = [];
  let running = true;
  let n = 0;
  const loop = async () => {
    while (running) {
      const path = paths[n++ % paths.length] as string;
      const t0 = Date.now();
      let status = 0;
      let code: string | undefined;
      try {
        const response = await fetch(base + path, { signal: AbortSignal.timeout(hangMs) });
        status = response.status;
        const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
        code = body.error?.code;
      } catch (error) {
        code = error instanceof Error ? error.name : String(error);
      }
      samples.push({ at: t0, path, status, code, ms: Date.now() - t0 });
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  };
  const loops = Array.from({ length: concurrency }, loop);
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return samples;
    },
  };
}

export async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const t0 = Date.now();
  while (!(await probe().catch(() => false))) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return Date.now() - t0;
}
