// runtime/scheduler/seeds.ts — every random choice of a run derives from the recipe seed and the step
// number (and a purpose), never from a generator that carries state across steps, so a resumed run
// draws exactly what an uninterrupted one would.

/** A 31-bit seed from a base seed and a path of labels/numbers (FNV-1a over the parts, then mixed). */
export function seedFor(base: number, ...parts: (string | number)[]): number {
  let h = 0x811c9dc5 ^ (base | 0);
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
    h = Math.imul(h, 0x01000193);
  };
  for (const p of parts) mix(String(p));
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 1;
}

/** mulberry32: small, fast, good enough for shuffles and sampling choices. */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  get state(): number { return this.s; }
}
