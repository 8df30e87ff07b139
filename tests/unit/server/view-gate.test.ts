import { describe, expect, it } from 'vitest';
import { createViewGate } from '../../../server/repositories/view-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('view gate', () => {
  it('runs light views at once, heavy ones a slot at a time, and refuses past the waiting room', async () => {
    const gate = createViewGate({ heavyClaims: 100, slots: 1, maxWaiting: 1 });
    const order: string[] = [];
    const first = deferred();
    const a = gate.run(500, async () => { order.push('a start'); await first.promise; order.push('a end'); return 'a'; });
    const b = gate.run(500, async () => { order.push('b'); return 'b'; });
    expect(await gate.run(10, async () => 'light')).toBe('light');
    expect(gate.running).toBe(1);
    expect(gate.waiting).toBe(1);
    const refused = await gate.run(1_234, async () => 'c').catch((e: unknown) => e);
    expect(refused).toMatchObject({ statusCode: 503, code: 'query_too_large' });
    expect((refused as Error).message).toContain('1,234 claims');
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(order).toEqual(['a start', 'a end', 'b']);
    expect(gate.running).toBe(0);
  });

  it('frees the slot when a view fails', async () => {
    const gate = createViewGate({ heavyClaims: 1, slots: 1, maxWaiting: 0 });
    await expect(gate.run(5, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await gate.run(5, async () => 'next')).toBe('next');
  });
});
