import { describe, expect, it } from 'vitest';
import { defaultConcurrency, WriteQueue } from '../../../ingest/load/write-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('WriteQueue', () => {
  it('runs at most `concurrency` tasks at once and finishes them all', async () => {
    const queue = new WriteQueue(2);
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    for (let i = 0; i < 7; i++) {
      await queue.submit(async () => {
        running++;
        peak = Math.max(peak, running);
        await tick();
        running--;
        done.push(i);
      });
      expect(running).toBeLessThanOrEqual(2);
    }
    await queue.finish();
    expect(peak).toBe(2);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('holds the caller back until a slot is free, so it never runs more than one batch ahead', async () => {
    const queue = new WriteQueue(1);
    let release!: () => void;
    await queue.submit(() => new Promise<void>((resolve) => (release = resolve)));
    let second = false;
    const submitted = queue.submit(async () => {
      second = true;
    });
    let returned = false;
    void submitted.then(() => (returned = true));
    await tick();
    expect(returned).toBe(false);
    release();
    await submitted;
    await queue.finish();
    expect(second).toBe(true);
  });

  it('a failed task fails finish() and the next submit, with the task error', async () => {
    const queue = new WriteQueue(2);
    await queue.submit(async () => {
      await tick();
      throw new Error('write failed: deadlock');
    });
    await expect(queue.finish()).rejects.toThrow('write failed: deadlock');
    await expect(queue.submit(async () => undefined)).rejects.toThrow('write failed: deadlock');
  });

  it('rejects a concurrency that is not a positive integer', () => {
    expect(() => new WriteQueue(0)).toThrow('WriteQueue: invalid concurrency 0. Expecting a positive integer.');
    expect(() => new WriteQueue(1.5)).toThrow(/invalid concurrency 1.5/);
  });
});

describe('defaultConcurrency', () => {
  it('reads LOAD_CONCURRENCY, else 2, and names the variable when it is wrong', () => {
    expect(defaultConcurrency({})).toBe(2);
    expect(defaultConcurrency({ LOAD_CONCURRENCY: '' })).toBe(2);
    expect(defaultConcurrency({ LOAD_CONCURRENCY: '4' })).toBe(4);
    expect(() => defaultConcurrency({ LOAD_CONCURRENCY: 'two' })).toThrow('LOAD_CONCURRENCY: invalid value "two". Expecting an integer from 1 to 64.');
    expect(() => defaultConcurrency({ LOAD_CONCURRENCY: '0' })).toThrow(/LOAD_CONCURRENCY/);
  });
});
