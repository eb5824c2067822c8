// The scheduler's parts: bounded queues hold at most their capacity, resource slots are never
// oversubscribed, stages keep input order whatever the timing, and errors reach the consumer.
import { describe, expect, it } from "vitest";
import { BoundedQueue, ResourcePool, collect, seedFor, stage, Rng } from "../../../runtime/scheduler/index.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("BoundedQueue", () => {
  it("blocks a fast producer at capacity (backpressure) and delivers everything in order", async () => {
    const q = new BoundedQueue<number>(3);
    let pushed = 0;
    const producer = (async () => { for (let i = 0; i < 50; i++) { await q.push(i); pushed++; } q.close(); })();
    await sleep(5);
    expect(pushed).toBe(3);
    const got: number[] = [];
    for await (const x of q) { got.push(x); if (x % 10 === 0) await sleep(1); }
    await producer;
    expect(got).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(q.highWater).toBeLessThanOrEqual(3);
  });

  it("fail() reaches the consumer and rejects later pushes", async () => {
    const q = new BoundedQueue<number>(2);
    await q.push(1);
    q.fail(new Error("upstream broke"));
    await expect(q.pop()).rejects.toThrow("upstream broke");
    await expect(q.push(2)).rejects.toThrow("upstream broke");
  });

  it("rejects a capacity below 1", () => {
    expect(() => new BoundedQueue(0)).toThrow(RangeError);
  });
});

describe("ResourcePool", () => {
  it("never lends more GPU slots or CPU workers than it has", async () => {
    const pool = new ResourcePool(2, 3);
    let gpus = 0, cpus = 0, maxG = 0, maxC = 0;
    const job = (g: number, c: number, ms: number) => pool.run({ gpus: g, cpuWorkers: c }, async () => {
      gpus += g; cpus += c; maxG = Math.max(maxG, gpus); maxC = Math.max(maxC, cpus);
      await sleep(ms);
      gpus -= g; cpus -= c;
    });
    await Promise.all(Array.from({ length: 20 }, (_, i) => job(i % 3 === 0 ? 2 : 1, i % 2 ? 2 : 1, 1 + (i % 4))));
    expect(maxG).toBeLessThanOrEqual(2);
    expect(maxC).toBeLessThanOrEqual(3);
    expect(pool.available).toEqual({ gpus: 2, cpuWorkers: 3 });
  });

  it("serves waiters first come first served, so a large request is not starved", async () => {
    const pool = new ResourcePool(2, 0);
    const order: string[] = [];
    const hold = await pool.acquire({ gpus: 1 });
    const big = pool.run({ gpus: 2 }, async () => { order.push("big"); });
    const small = pool.run({ gpus: 1 }, async () => { order.push("small"); });
    await sleep(2);
    expect(order).toEqual([]); // small would fit, but waits behind big
    hold();
    await Promise.all([big, small]);
    expect(order).toEqual(["big", "small"]);
  });

  it("clamps a request larger than the pool so it still runs", async () => {
    const pool = new ResourcePool(1, 1);
    await expect(pool.run({ gpus: 8 }, async () => 7)).resolves.toBe(7);
  });
});

describe("stage", () => {
  async function* numbers(n: number) { for (let i = 0; i < n; i++) yield i; }

  it("keeps input order with random latencies and respects its concurrency", async () => {
    let inFlight = 0, max = 0;
    const rng = new Rng(3);
    const delays = Array.from({ length: 40 }, () => rng.int(6));
    const out = stage(numbers(40), async (x) => {
      inFlight++; max = Math.max(max, inFlight);
      await sleep(delays[x]);
      inFlight--;
      return x * 10;
    }, { concurrency: 4, capacity: 2 });
    expect(await collect(out)).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(max).toBeLessThanOrEqual(4);
    expect(max).toBeGreaterThan(1);
  });

  it("holds its resources while an item runs", async () => {
    const pool = new ResourcePool(1, 0);
    let inFlight = 0, max = 0;
    const out = stage(numbers(6), async (x) => { inFlight++; max = Math.max(max, inFlight); await sleep(1); inFlight--; return x; },
      { concurrency: 4, capacity: 4, pool, resources: { gpus: 1 } });
    await collect(out);
    expect(max).toBe(1);
  });

  it("passes an item's error to the consumer", async () => {
    const out = stage(numbers(10), async (x) => { if (x === 3) throw new Error("item 3 failed"); return x; }, { concurrency: 2, capacity: 2 });
    await expect(collect(out)).rejects.toThrow("item 3 failed");
  });

  it("a failing stage stops the stage before it (no producer left waiting for a reader)", async () => {
    let produced = 0;
    async function* src() { for (let i = 0; i < 1000; i++) { produced++; yield i; } }
    const first = stage(src(), async (x) => x, { concurrency: 1, capacity: 1 });
    const second = stage(first, async (x) => { if (x === 5) throw new Error("boom"); return x; }, { concurrency: 1, capacity: 1 });
    await expect(collect(second)).rejects.toThrow("boom");
    await sleep(5);
    const after = produced;
    await sleep(10);
    expect(produced).toBe(after);
    expect(produced).toBeLessThan(20);
    await expect(first.pop()).rejects.toThrow("boom");
  });

  it("bounds memory: a slow consumer keeps the producer at most capacity + concurrency ahead", async () => {
    let produced = 0;
    async function* src() { for (let i = 0; i < 1000; i++) { produced++; yield i; } }
    const out = stage(src(), async (x) => x, { concurrency: 3, capacity: 5 });
    await sleep(20);
    expect(produced).toBeLessThanOrEqual(5 + 3 + 1);
    const all = await collect(out);
    expect(all.length).toBe(1000);
    expect(out.highWater).toBeLessThanOrEqual(5);
  });
});

describe("seeds", () => {
  it("derive from the base seed and the path only", () => {
    expect(seedFor(42, "rollout", 3, "e0-5")).toBe(seedFor(42, "rollout", 3, "e0-5"));
    expect(seedFor(42, "rollout", 3, "e0-5")).not.toBe(seedFor(42, "rollout", 4, "e0-5"));
    expect(seedFor(42, "rollout", 3, "e0-5")).not.toBe(seedFor(43, "rollout", 3, "e0-5"));
    // "1","23" and "12","3" are different paths
    expect(seedFor(1, 1, 23)).not.toBe(seedFor(1, 12, 3));
  });

  it("Rng is uniform enough for sampling choices", () => {
    const rng = new Rng(seedFor(7, "x"));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[rng.int(4)]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
});
