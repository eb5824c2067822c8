// The estimators on every batch layout (a prompt's responses in a row, spread out, or shuffled; labels
// mixed inside a group; string ids that are equal but distinct objects) against direct transcriptions
// of the reference's formulas (per-row float32 sums in batch order, Map lookups), bit for bit; and
// the interning and per-group torch statistics they rest on.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  computeAdvantages, internIds, internLabels, torchGroupStats, torchSumF32,
} from "../../../stdlib/advantage/index.js";
import { isInterleaved } from "../../../stdlib/advantage/intern-ids.js";

const f32 = Math.fround;

// The reference's TMN-GRPO, row by row with Maps (no runs, no interning): torch.bincount sums in
// batch order, a group's task is its last row's, task scale from the groups' variances.
function tmnOracle(scores: number[], uids: string[], labels: string[], alpha: number): { adv: number[]; rate: number } {
  const eps = 1e-6;
  const g = new Map<string, { c: number; s: number; s2: number; task: string; mean: number; v: number; above: number; th: number }>();
  scores.forEach((x0, i) => {
    const x = f32(x0);
    const e = g.get(uids[i]) ?? { c: 0, s: 0, s2: 0, task: "", mean: 0, v: 0, above: 0, th: 0 };
    e.c++; e.s = f32(e.s + x); e.s2 = f32(e.s2 + f32(x * x)); e.task = labels[i];
    g.set(uids[i], e);
  });
  const tasks = new Map<string, { groups: number; v: number; m: number }>();
  for (const e of g.values()) {
    if (e.c > 1) {
      e.mean = f32(e.s / e.c);
      const pop = f32(f32(e.s2 / e.c) - f32(e.mean * e.mean));
      e.v = f32(Math.max(pop, 0) * f32(e.c / (e.c - 1)));
    } else { e.mean = 0; e.v = 1; }
    const t = tasks.get(e.task) ?? { groups: 0, v: 0, m: 0 };
    t.groups++; t.v = f32(t.v + e.v); t.m = f32(t.m + e.mean);
    tasks.set(e.task, t);
  }
  const scale = (task: string) => {
    const t = tasks.get(task);
    const v = t ? f32(t.v / t.groups) : 0;
    return f32(f32(Math.sqrt(Math.max(v, 0))) + eps);
  };
  for (const e of g.values()) {
    const t = tasks.get(e.task)!;
    const tm = f32(t.m / t.groups);
    e.th = e.c <= 1 ? tm : f32(f32(f32(alpha) * e.mean) + f32(f32(1 - alpha) * tm));
  }
  scores.forEach((x, i) => { const e = g.get(uids[i])!; if (f32(x) > e.th) e.above++; });
  let rateSum = 0;
  const w = new Map<string, [number, number]>();
  for (const [u, e] of g) {
    const r = f32(e.above / e.c);
    rateSum += r;
    w.set(u, [f32(Math.exp(f32(r - 0.5))), f32(Math.exp(f32(0.5 - r)))]);
  }
  const adv = scores.map((x0, i) => {
    const x = f32(x0);
    const e = g.get(uids[i])!;
    const a = f32(f32(x - e.mean) / scale(labels[i]));
    return f32(a * w.get(uids[i])![x > e.mean ? 1 : 0]);
  });
  return { adv, rate: f32(rateSum / g.size) };
}

// QwenLong: each task's float32 sums in batch order, then (s − mean) / (std + eps).
function qwenlongOracle(scores: number[], labels: string[]): number[] {
  const t = new Map<string, { c: number; s: number; s2: number }>();
  scores.forEach((x0, i) => {
    const x = f32(x0);
    const e = t.get(labels[i]) ?? { c: 0, s: 0, s2: 0 };
    e.c++; e.s = f32(e.s + x); e.s2 = f32(e.s2 + f32(x * x));
    t.set(labels[i], e);
  });
  return scores.map((x, i) => {
    const e = t.get(labels[i])!;
    const m = f32(e.s / e.c);
    let std = 1;
    if (e.c > 1) std = f32(Math.sqrt(f32(Math.max(f32(f32(e.s2 / e.c) - f32(m * m)), 0) * f32(e.c / (e.c - 1)))));
    return f32(f32(f32(x) - m) / f32(std + 1e-6));
  });
}

// Prompts of 1..17 responses, laid out in a row, spread (stride), shuffled, or half in a row and half
// shuffled (the estimators judge the layout on the first 256 rows only); a label per prompt
// from up to 10 (more than internLabels' few), sometimes a different one on a single response.
const arbLayout = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 30 }),
  labelCount: fc.integer({ min: 1, max: 10 }),
  layout: fc.constantFrom("grouped", "spread", "shuffled", "grouped-then-shuffled", "shuffled-then-grouped"),
  mixed: fc.boolean(),
  seed: fc.integer(),
  grid: fc.boolean(),
}).map(({ sizes, labelCount, layout, mixed, seed, grid }) => {
  let x = seed | 1;
  const rand = () => { x = (Math.imul(x, 1103515245) + 12345) | 0; return ((x >>> 8) & 0xffff) / 65536; };
  let rows = sizes.flatMap((m, p) => Array.from({ length: m }, () => p));
  if (layout === "spread") rows = [...rows.keys()].sort((a, b) => (a % 5) - (b % 5) || a - b).map((i) => rows[i]);
  const shuffle = (from: number, to: number) => {
    for (let i = to - 1; i > from; i--) { const j = from + Math.floor(rand() * (i - from + 1)); [rows[i], rows[j]] = [rows[j], rows[i]]; }
  };
  if (layout === "shuffled") shuffle(0, rows.length);
  if (layout === "grouped-then-shuffled") shuffle(rows.length >> 1, rows.length);
  if (layout === "shuffled-then-grouped") shuffle(0, rows.length >> 1);
  const names = ["Accuracy", "IoU", "NDCG", "Pairwise_Accuracy", "SubEM", "Summary", "F1", "BLEU", "ROUGE", "Exact"];
  // Every row gets its own string objects (as JSON.parse gives), equal within a prompt.
  const uids = rows.map((p) => ["uid", String(p)].join("-"));
  const labels = rows.map((p) => [mixed && rand() < 0.1 ? names[Math.floor(rand() * labelCount)] : names[(p * 7) % labelCount]].join(""));
  const scores = rows.map(() => (grid ? Math.floor(rand() * 4) / 3 : rand()));
  return { scores, uids, labels };
});

describe("estimators on every layout", () => {
  test("tmn_grpo (reweight, alpha 0.8) equals the row-by-row reference bit for bit", () => {
    fc.assert(fc.property(arbLayout, ({ scores, uids, labels }) => {
      const r = computeAdvantages({ estimator: "tmn_grpo", difficultyReweight: true, smoothAlpha: 0.8 }, { scores, index: uids, taskLabels: labels });
      const o = tmnOracle(scores, uids, labels, 0.8);
      expect(Array.from(r.advantages)).toEqual(o.adv);
      expect(r.metrics["difficulty/mean_pass_rate"]).toBe(o.rate);
    }), { numRuns: 300 });
  });

  test("qwenlong_grpo equals the row-by-row reference bit for bit", () => {
    fc.assert(fc.property(arbLayout, ({ scores, uids, labels }) => {
      const r = computeAdvantages({ estimator: "qwenlong_grpo" }, { scores, index: uids, taskLabels: labels });
      expect(Array.from(r.advantages)).toEqual(qwenlongOracle(scores, labels));
    }), { numRuns: 300 });
  });

  test("ids as shared strings, distinct equal strings or integers give the same results", () => {
    fc.assert(fc.property(arbLayout, ({ scores, uids, labels }) => {
      const shared = new Map<string, string>();
      const share = (s: string) => { let v = shared.get(s); if (v === undefined) shared.set(s, (v = s)); return v; };
      const ints = { scores, index: internIds(uids).ids, taskLabels: internIds(labels).ids };
      for (const config of [{ estimator: "grpo", difficultyReweight: true }, { estimator: "tmn_grpo", difficultyReweight: true }, { estimator: "qwenlong_grpo" }] as const) {
        const a = computeAdvantages(config, { scores, index: uids, taskLabels: labels });
        const b = computeAdvantages(config, { scores, index: uids.map(share), taskLabels: labels.map(share) });
        const c = computeAdvantages(config, ints);
        expect(Array.from(b.advantages)).toEqual(Array.from(a.advantages));
        expect(Array.from(c.advantages)).toEqual(Array.from(a.advantages));
        expect(c.metrics).toEqual(a.metrics);
      }
    }), { numRuns: 100 });
  });
});

describe("internIds and internLabels", () => {
  const naive = (list: readonly string[]) => {
    const seen = new Map<string, number>();
    const ids = list.map((v) => { let k = seen.get(v); if (k === undefined) seen.set(v, (k = seen.size)); return k; });
    return { ids: Int32Array.from(ids), count: seen.size, names: [...seen.keys()] };
  };

  test("both give the dense ids of first appearance, for few or many distinct values, in runs or not", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (xs, run) => {
      const list = xs.flatMap((v) => Array.from({ length: run }, () => ["id", v].join("")));
      expect(internIds(list)).toEqual(naive(list));
      expect(internLabels(list)).toEqual(naive(list));
    }));
  });

  test("string ids of any shape, each row its own string object: the ids of a Map of the strings", () => {
    const id = fc.oneof(fc.uuid(), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 99999 }).map((k) => `prompt-${String(k).padStart(6, "0")}`),
      fc.string({ unit: "binary", minLength: 9, maxLength: 40 }));
    fc.assert(fc.property(fc.array(id, { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { maxLength: 2000 }), (pool, picks) => {
      const list: string[] = JSON.parse(JSON.stringify(picks.map((k) => pool[k % pool.length])));
      expect(internIds(list)).toEqual(naive(list));
    }), { numRuns: 300 });
  });

  test("ids that are not strings (a JavaScript caller past the types) are told apart as a Map would", () => {
    const mixed = ["a", 1, "1", 1, null, "a", 2.5, null] as unknown as string[];
    expect(internIds(mixed)).toEqual({ ids: Int32Array.from([0, 1, 2, 1, 3, 0, 4, 3]), count: 5, names: ["a", 1, "1", null, 2.5] });
  });

  test("ids the sampled hash cannot tell apart, and thousands of distinct ids (table growth)", () => {
    const tail = "-4f1c-9a2e-00000000abcd0000000000";
    // Differ only in units 1-3, which the hash of a 36-unit id does not read: every id collides.
    const alike = Array.from({ length: 400 }, (_, k) => `u${String(k).padStart(3, "0")}${tail}`);
    // Pairs that collide (the pair's two ids differ in unit 1 only), pairs apart.
    const pairs = Array.from({ length: 120 }, (_, k) => `u${k & 1}xx${String(k >> 1).padStart(6, "0")}${tail.slice(0, 26)}`);
    const many = Array.from({ length: 20_000 }, (_, k) => `${(Math.imul(k, 2654435761) >>> 0).toString(16).padStart(8, "0")}${tail}`);
    for (const ids of [alike, pairs, many]) {
      for (const order of [(i: number) => i % ids.length, (i: number) => (i * 7919) % ids.length]) {
        const list: string[] = JSON.parse(JSON.stringify(Array.from({ length: ids.length * 3 }, (_, i) => ids[order(i)])));
        expect(internIds(list)).toEqual(naive(list));
      }
    }
  });

  test("isInterleaved tells runs from spread ids on the first 256 rows", () => {
    const grouped = Int32Array.from({ length: 1000 }, (_, i) => i >> 4);
    const spread = Int32Array.from({ length: 1000 }, (_, i) => (i * 7919) % 64);
    expect(isInterleaved(grouped)).toBe(false);
    expect(isInterleaved(spread)).toBe(true);
    expect(isInterleaved(Int32Array.from([...spread.subarray(0, 256), ...grouped]))).toBe(true);
    expect(isInterleaved(Int32Array.from([...grouped.subarray(0, 256), ...spread]))).toBe(false);
    expect(isInterleaved(new Int32Array(0))).toBe(false);
    expect(isInterleaved(Int32Array.from([0, 1, 0]))).toBe(true);
  });

  test("an empty list and integer lists", () => {
    expect(internLabels([])).toEqual({ ids: new Int32Array(0), count: 0, names: [] });
    expect(internIds([])).toEqual({ ids: new Int32Array(0), count: 0, names: [] });
    expect(internLabels(Int32Array.from([4, 4, 9]))).toEqual({ ids: Int32Array.from([0, 0, 1]), count: 2, names: [4, 9] });
  });
});

describe("torchGroupStats", () => {
  test("16 copies of float32 0.94203019: the mean is torch's cascade sum / 16, one ulp off, and the squares are not 0", () => {
    const v = f32(0.94203019);
    const scores = new Float32Array(16).fill(v);
    const s = torchGroupStats(scores, internIds(new Array<string>(16).fill("u")));
    expect(s.count).toEqual(Int32Array.from([16]));
    expect(s.mean[0]).toBe(f32(torchSumF32(scores, 0, 16) / 16));
    expect(s.mean[0]).not.toBe(v);
    expect(s.sumSquares[0]).toBeGreaterThan(0);
    expect(s.sumSquares[0]).toBeLessThan(1e-12);
  });

  test("a group spread through the batch is gathered in batch order; a lone response has its score and 0", () => {
    const scores = Float32Array.from([0.1, 0.7, 0.2, 0.3, 0.9], f32);
    const s = torchGroupStats(scores, internIds(["a", "b", "a", "c", "a"]));
    const a = Float32Array.from([0.1, 0.2, 0.9], f32);
    expect(s.count).toEqual(Int32Array.from([3, 1, 1]));
    expect(s.mean[0]).toBe(f32(torchSumF32(a, 0, 3) / 3));
    const m = s.mean[0];
    expect(s.sumSquares[0]).toBe((a[0] - m) ** 2 + (a[1] - m) ** 2 + (a[2] - m) ** 2);
    expect([s.mean[1], s.sumSquares[1], s.mean[2], s.sumSquares[2]]).toEqual([f32(0.7), 0, f32(0.3), 0]);
  });
});
