// runtime/data/shuffle.ts — seeded shuffling in bounded memory: permutations (a JSONL file's lines, a
// parquet file's row groups), and for streams a buffer bounded by records and by bytes (long-context
// records run to hundreds of kilobytes) in which each new record swaps out a random buffered one.
import { splitmix32 } from "../../stdlib/synthetic/random.js";

/** splitmix32: small, fast, and good enough to shuffle data; the same seed gives the same order on
 *  every platform. */
export function seededRandom(seed: number): () => number {
  const next = splitmix32(seed);
  return () => next() / 4294967296;
}

/** The seed of one epoch's order: a different order every epoch, reproducible from the recipe. */
export function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(epoch + 1, 0x165667b1)) >>> 0;
}

/** A uniformly random order of 0..n-1 (Fisher-Yates), 4 bytes an entry. */
export function permutation(n: number, random: () => number): Uint32Array {
  const p = new Uint32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return p;
}

/** A rough size of a parsed record in memory: enough to bound a buffer, not to account exactly. */
export function approxBytes(v: unknown, depth = 0): number {
  if (typeof v === "string") return 16 + 2 * v.length;
  if (v === null || typeof v !== "object" || depth > 64) return 8;
  let n = 32;
  if (Array.isArray(v)) for (const x of v) n += 8 + approxBytes(x, depth + 1);
  else for (const k in v as Record<string, unknown>) n += 16 + k.length + approxBytes((v as Record<string, unknown>)[k], depth + 1);
  return n;
}

export interface ShuffleBufferLimits { records: number; bytes: number; sizeOf?: (item: unknown) => number }

export async function* shuffleBuffer<T>(items: AsyncIterable<T>, limits: ShuffleBufferLimits, random: () => number): AsyncGenerator<T> {
  const sizeOf = limits.sizeOf ?? approxBytes;
  const buffer: T[] = [];
  const sizes: number[] = [];
  let bytes = 0;
  for await (const item of items) {
    const size = sizeOf(item);
    if (buffer.length < limits.records && (bytes + size <= limits.bytes || buffer.length === 0)) {
      buffer.push(item); sizes.push(size); bytes += size;
      continue;
    }
    const j = Math.floor(random() * buffer.length);
    const out = buffer[j];
    bytes += size - sizes[j];
    buffer[j] = item; sizes[j] = size;
    yield out;
  }
  for (const i of permutation(buffer.length, random)) yield buffer[i];
}
