// stdlib/synthetic/random.ts — a small seeded PRNG (sfc32, seeded through splitmix32) so that the
// synthetic records are a pure function of (seed, index): no Math.random, same output everywhere.

/** splitmix32: a stream of uint32 from one 32-bit state; seeds sfc32 here and shuffles data in the
 *  runtime (runtime/data/shuffle.ts). */
export function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** Independent streams for (seed, stream) pairs, e.g. one per record index. */
  constructor(seed: number, stream = 0) {
    const mix = splitmix32((Math.imul(seed | 0, 0x27d4eb2d) ^ Math.imul(stream | 0, 0x165667b1) ^ (seed / 4294967296 | 0)) >>> 0);
    this.a = mix(); this.b = mix(); this.c = mix(); this.d = mix() | 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** A new array, Fisher-Yates shuffled. */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = xs.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** k distinct elements (all of them when k >= length), in random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const n = xs.length;
    if (k >= n) return this.shuffle(xs);
    // Few from many (the usual case): draw indices, redrawing repeats, instead of shuffling all.
    if (k * 4 <= n) {
      const seen = new Set<number>();
      const out: T[] = [];
      while (out.length < k) {
        const i = Math.floor(this.next() * n);
        if (!seen.has(i)) { seen.add(i); out.push(xs[i]); }
      }
      return out;
    }
    return this.shuffle(xs).slice(0, k);
  }

  /** An element other than `not` (xs must hold another one). */
  pickOther<T>(xs: readonly T[], not: T): T {
    for (;;) {
      const x = this.pick(xs);
      if (x !== not) return x;
    }
  }
}
