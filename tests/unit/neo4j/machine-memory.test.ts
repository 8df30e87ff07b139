import { describe, expect, it } from 'vitest';
import { machineSizedMemory } from '../../../neo4j/config';

const GIB = 1024 ** 3;

describe('machineSizedMemory', () => {
  it('gives the heap a quarter of RAM and the page cache an eighth, within bounds', () => {
    expect(machineSizedMemory(23.5 * GIB)).toEqual({ heap: '5g', pageCacheMiB: 3008 });
    expect(machineSizedMemory(2 * GIB)).toEqual({ heap: '1g', pageCacheMiB: 512 });
    expect(machineSizedMemory(256 * GIB)).toEqual({ heap: '8g', pageCacheMiB: 4096 });
  });
});
