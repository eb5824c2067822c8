// stdlib/advantage/torch-sum.ts — the float32 sum torch (CPU) computes for a contiguous tensor:
// a cascade of lane-wise vector partial sums (4-way unrolled) added up in a fixed order. GRPO's
// group mean is this sum over n; a constant group of a non-dyadic score then has a mean one ulp
// off its value, which the reference turns into a small non-zero advantage (golden case
// pub-adv-grpo-0006). Summing in float64 would round that away, so we follow torch's order.

const f32 = Math.fround;
const ILP = 4;
const LEVELS = 4;

/** Lanes of torch's Vectorized<float> on the reference machine (AVX2: 8 floats); 4 or 16 lanes
 *  miss 10 and 12 of the golden GRPO cases. */
export const TORCH_FLOAT_LANES = 8;

function ceilLog2(x: number): number {
  return x <= 2 ? 1 : 32 - Math.clz32(x - 1);
}

// Sums `size` rows of ILP units, a unit being `lanes` consecutive floats, into ILP accumulators
// (each `lanes` wide) with torch's multi-level cascade.
function multiRowSum(x: Float32Array, base: number, size: number, lanes: number): Float32Array {
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const width = ILP * lanes;
  const acc = new Float32Array(LEVELS * width);
  let i = 0;
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; j++, i++) {
      const row = base + i * width;
      for (let q = 0; q < width; q++) acc[q] = f32(acc[q] + x[row + q]);
    }
    for (let j = 1; j < LEVELS; j++) {
      for (let q = 0; q < width; q++) {
        acc[j * width + q] = f32(acc[j * width + q] + acc[(j - 1) * width + q]);
        acc[(j - 1) * width + q] = 0;
      }
      if ((i & (levelMask << (j * levelPower))) !== 0) break;
    }
  }
  for (; i < size; i++) {
    const row = base + i * width;
    for (let q = 0; q < width; q++) acc[q] = f32(acc[q] + x[row + q]);
  }
  for (let j = 1; j < LEVELS; j++) for (let q = 0; q < width; q++) acc[q] = f32(acc[q] + acc[j * width + q]);
  return acc.subarray(0, width);
}

// torch's row_sum: `size` units of `lanes` floats, 4-way interleaved, then the leftover units.
function rowSum(x: Float32Array, base: number, size: number, lanes: number): Float32Array {
  const sizeIlp = Math.floor(size / ILP);
  const partial = multiRowSum(x, base, sizeIlp, lanes);
  for (let u = sizeIlp * ILP; u < size; u++) {
    const at = base + u * lanes;
    for (let l = 0; l < lanes; l++) partial[l] = f32(partial[l] + x[at + l]);
  }
  for (let k = 1; k < ILP; k++) for (let l = 0; l < lanes; l++) partial[l] = f32(partial[l] + partial[k * lanes + l]);
  return partial.subarray(0, lanes);
}

/** torch.sum of x[start, end) as a contiguous float32 tensor. */
export function torchSumF32(x: Float32Array, start: number, end: number, lanes = TORCH_FLOAT_LANES): number {
  const n = end - start;
  if (n < lanes) return rowSum(x, start, n, 1)[0];
  const units = Math.floor(n / lanes);
  const vec = rowSum(x, start, units, lanes);
  // The scalar tail is summed first, then the vector lanes are added to it one by one.
  let total = 0;
  for (let k = start + units * lanes; k < end; k++) total = f32(total + x[k]);
  for (let l = 0; l < lanes; l++) total = f32(total + vec[l]);
  return total;
}
