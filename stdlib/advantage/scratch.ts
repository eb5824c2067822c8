// stdlib/advantage/scratch.ts — an estimator's per-group and per-task arrays, zeroed, carved from
// one allocation per call: a typed array of its own costs an ArrayBuffer each (about a µs apiece).

export class Scratch {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  /** Room for `words` 32-bit values in all. */
  constructor(words: number) {
    this.buffer = new ArrayBuffer(4 * words);
  }

  f32(length: number): Float32Array {
    const a = new Float32Array(this.buffer, this.offset, length);
    this.offset += 4 * length;
    return a;
  }

  i32(length: number): Int32Array {
    const a = new Int32Array(this.buffer, this.offset, length);
    this.offset += 4 * length;
    return a;
  }
}
