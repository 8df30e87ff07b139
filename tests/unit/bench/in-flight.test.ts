import { describe, expect, it } from 'vitest';
import { forEachInFlight } from '../../../bench/support/in-flight';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('forEachInFlight', () => {
  it('runs every item once, starting them in order, with at most inFlight pending', async () => {
    const started: number[] = [];
    let pending = 0;
    let most = 0;
    await forEachInFlight([...Array(23).keys()], 5, async (item, index) => {
      expect(item).toBe(index);
      started.push(item);
      most = Math.max(most, ++pending);
      await tick();
      pending--;
    });
    expect(started).toEqual([...Array(23).keys()]);
    expect(most).toBe(5);
  });

  it('with one in flight, finishes each item before starting the next', async () => {
    const events: string[] = [];
    await forEachInFlight(['a', 'b'], 1, async (item) => {
      events.push(`start ${item}`);
      await tick();
      events.push(`end ${item}`);
    });
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('handles an empty list and rejects a bad count or a failed item', async () => {
    await forEachInFlight([], 3, async () => { throw new Error('never called'); });
    await expect(forEachInFlight([1], 0, async () => {})).rejects.toThrow(/positive integer/);
    await expect(forEachInFlight([1, 2, 3], 2, async (n) => { if (n === 2) throw new Error('item 2'); })).rejects.toThrow('item 2');
  });
});
