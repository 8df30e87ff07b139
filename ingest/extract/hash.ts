// Deterministic ids without I/O: 64-bit FNV-1a over UTF-16 code units, as 16 hex chars.
// Computed on four 16-bit limbs (no BigInt: ids are made for every claim, so this is hot).
// The 64-bit prime is 2^40 + 0x1b3.

export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h0 ^= c & 0xffff;
    // h * 0x1b3 + (h << 40), limb by limb with carries (h << 40 only touches limbs 2 and 3).
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + (h0 << 8);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(x: number): string {
  return x.toString(16).padStart(4, '0');
}
