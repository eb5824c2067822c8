// Trainers: `none` writes each batch with its advantages; `external` drives a child process over
// the JSON-lines protocol, proven with a trainer in Node and one in Python (standard library only);
// a dying, babbling or erroring child becomes a clear error with its exit code and stderr tail.
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { TrainBatch } from "../../../runtime/trainer.js";
import { createExternalTrainer, createNoneTrainer, createTrainer, protocol, TrainerError, type UpdateConfig } from "../../../runtime/trainers/index.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "golong-trainer-")); });

const update: UpdateConfig = {
  algorithm: "ppo", trainer: "external", lr: 2e-6, warmupSteps: 0, weightDecay: 0.1, gradClip: 1, clipLow: 0.2, clipHigh: 0.28,
  dualClip: null, lossAgg: "token_mean", kl: null, importanceSampling: null, entropyCoef: 0, ppoEpochs: 1, miniBatch: 4,
};

function batch(step: number): TrainBatch {
  return {
    step,
    samples: [0, 1, 2].map((i) => ({
      uid: `train:${i}`, task: i === 2 ? "summary" : "qa",
      promptTokens: Int32Array.from([1, 3, 10 + i]), responseTokens: Int32Array.from([20, 21, 2]),
      oldLogprobs: Float32Array.from([-0.5, -0.25, -1]), advantage: [1, -0.5, -0.5][i],
      responseMask: Uint8Array.from([1, 1, i === 0 ? 0 : 1]), score: [1, 0, 0][i],
    })),
  };
}

describe("none trainer", () => {
  it("writes each batch with its advantages and keeps the weights version", async () => {
    const runDir = join(dir, "none-run");
    const t = createNoneTrainer({ runDir });
    const r = await t.update(batch(3));
    expect(r.weights).toEqual({ version: 0 });
    expect(r.metrics).toMatchObject({ samples: 3, advantage_mean: 0, score_mean: 1 / 3, response_tokens_mean: 3 });
    expect(await readdir(join(runDir, "batches"))).toEqual(["step-000003.jsonl"]);
    const lines = (await readFile(join(runDir, "batches", "step-000003.jsonl"), "utf8")).trim().split("\n").map((l) => protocol.WireSample.parse(JSON.parse(l)));
    expect(lines.map((l) => l.advantage)).toEqual([1, -0.5, -0.5]);
    expect(lines[0]).toEqual({ uid: "train:0", task: "qa", prompt_tokens: [1, 3, 10], response_tokens: [20, 21, 2], old_logprobs: [-0.5, -0.25, -1], response_mask: [1, 1, 0], advantage: 1, score: 1 });
    await t.save(join(runDir, "ckpt"));
    const t2 = createNoneTrainer({ runDir });
    await t2.load(join(runDir, "ckpt"));
    await t2.close();
  });
});

describe("external trainer", () => {
  const trainers: Array<[string, string[]]> = [
    ["node", [process.execPath, fixture("node-trainer.mjs")]],
    ["python3", ["python3", fixture("python-trainer.py")]],
  ];
  for (const [lang, command] of trainers) {
    it(`speaks the protocol with a trainer written in ${lang}: hello, update, save, load, shutdown`, async () => {
      const logs: string[] = [];
      const t = await createExternalTrainer({ command, config: update, log: (l) => logs.push(l) });
      expect(t.name).toBe(`external:${lang === "node" ? "node" : "python"}-test-trainer`);
      const r1 = await t.update(batch(1));
      expect(r1.weights).toEqual({ version: 1 });
      expect(r1.metrics.advantage_mean).toBeCloseTo(0, 12);
      expect(r1.metrics.masked_tokens).toBe(8);
      const r2 = await t.update(batch(2));
      expect(r2.weights.version).toBe(2);
      const ckpt = join(dir, `${lang}-ckpt`);
      await t.save(ckpt);
      expect((await readdir(ckpt)).length).toBe(1);
      await t.update(batch(3));
      await t.load(ckpt);
      expect((await t.update(batch(4))).weights.version).toBe(3);
      await t.close();
      expect(logs.some((l) => l.startsWith("[trainer] ") && /trainer: (hello|protocol)/.test(l))).toBe(true);
    });
  }

  it("forwards the trainer's log messages", async () => {
    const logs: string[] = [];
    const t = await createExternalTrainer({ command: [process.execPath, fixture("node-trainer.mjs"), "--log"], config: update, log: (l) => logs.push(l) });
    await t.update(batch(5));
    await t.close();
    expect(logs).toContain("[trainer] step 5: 3 samples");
  });

  it("reports a child that dies during an update with its exit code and stderr tail", async () => {
    const t = await createExternalTrainer({ command: [process.execPath, fixture("node-trainer.mjs"), "--die-on-update"], config: update });
    const err = await t.update(batch(1)).catch((e) => e);
    expect(err).toBeInstanceOf(TrainerError);
    expect(err.message).toMatch(/exited with code 3 while handling update; stderr ends with:\n.*out of GPU memory \(simulated\)/s);
    // later calls get the same error, they do not hang
    await expect(t.save(join(dir, "x"))).rejects.toThrow(/exited with code 3/);
    await t.close();
  });

  it("reports a line on stdout that is not JSON", async () => {
    const t = await createExternalTrainer({ command: [process.execPath, fixture("node-trainer.mjs"), "--garbage-on-update"], config: update });
    await expect(t.update(batch(1))).rejects.toThrow(/wrote a line that is not JSON to stdout \(logs belong on stderr\): loss=0\.3 step done/);
    await t.close();
  });

  it("turns an error reply into an error naming the request, and goes on", async () => {
    const t = await createExternalTrainer({ command: [process.execPath, fixture("node-trainer.mjs"), "--error-on-save"], config: update });
    await expect(t.save(join(dir, "full"))).rejects.toThrow(/could not save: disk full writing/);
    expect((await t.update(batch(1))).weights.version).toBe(1);
    await t.close();
  });

  it("refuses a trainer that speaks another protocol version, or never says hello", async () => {
    await expect(createExternalTrainer({ command: [process.execPath, fixture("node-trainer.mjs"), "--protocol", "2"], config: update }))
      .rejects.toThrow(/speaks protocol 2; golong speaks 1/);
    await expect(createExternalTrainer({ command: [process.execPath, fixture("node-trainer.mjs"), "--silent"], config: update, helloTimeoutMs: 300 }))
      .rejects.toThrow(/did not answer hello within 300 ms/);
  });

  it("reports a command that cannot start", async () => {
    await expect(createExternalTrainer({ command: [join(dir, "no-such-trainer")], config: update })).rejects.toThrow(/no-such-trainer` could not start \(.*ENOENT/);
  });

  it("is what createTrainer gives for external and none; verl has no local trainer", async () => {
    const t = await createTrainer({ ...update, command: [process.execPath, fixture("node-trainer.mjs")] }, { runDir: dir });
    expect(t.name).toBe("external:node-test-trainer");
    await t.close();
    expect((await createTrainer({ ...update, trainer: "none" }, { runDir: dir })).name).toBe("none");
    await expect(createTrainer(update, { runDir: dir })).rejects.toThrow(/needs a command/);
    await expect(createTrainer({ ...update, trainer: "verl" }, { runDir: dir })).rejects.toThrow(/--target verl/);
  });
});
