// runtime/data/shuffle.ts — seeded, bounded-memory shuffling. A shuffle buffer of B records: each
// incoming record swaps out a uniformly chosen buffered one. With a parquet source the row groups
// are also visited in a seeded random order, so records far apart in the file still mix.

/** splitmix32: small, fast, and good enough to shuffle data; the same seed gives the same order on
 *  every platform. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

/** The seed of one epoch's order: a different order every epoch, reproducible from the recipe. */
export function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(epoch + 1, 0x165667b1)) >>> 0;
}

export function permutation(n: number, random: () => number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

export async function* shuffleBuffer<T>(items: AsyncIterable<T>, bufferSize: number, random: () => number): AsyncGenerator<T> {
  const buffer: T[] = [];
  for await (const item of items) {
    if (buffer.length < bufferSize) { buffer.push(item); continue; }
    const j = Math.floor(random() * bufferSize);
    const out = buffer[j];
    buffer[j] = item;
    yield out;
  }
  for (const i of permutation(buffer.length, random)) yield buffer[i];
}
