// bench/embedded.mjs — the embedded policy on CPU at the quickstart's size: rollout tokens/s (prefill
// and KV-cached decoding), update tokens/s (forward + loss + gradients + AdamW) in-process and in
// worker threads, peak memory.
// Build first: npx tsc -p tsconfig.build.json. Env: GOLONG_BENCH_QUICK=1 for fewer repetitions;
// GOLONG_BENCH_POSITIONS=learned,rotary (the default: both, one after the other in this process).
import { cpus } from "node:os";
import { createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights, parameterCount } from "../dist/runtime/embedded/index.js";
import { generateSynthetic } from "../dist/stdlib/synthetic/index.js";

const quick = process.env.GOLONG_BENCH_QUICK === "1";
const reps = quick ? 2 : 5;
console.log(`node ${process.version} · ${cpus()[0]?.model ?? "cpu"} · ${cpus().length} cores`);

const tok = embeddedTokenizer();
// The quickstart's model (examples/quickstart.golong): keep in step with it.
// 96-token prompts: the mean of the quickstart's (64-token synthetic contexts, question, chat template).
const quickstart = { layers: 2, width: 64, heads: 4, contextTokens: 256, prompt: 96, response: 48, prompts: 32, n: 8, warmBatch: 64 };
const warmRecords = [...generateSynthetic({ capabilities: "all", contextTokens: 64, count: 256, seed: 7 })];
const shapes = (process.env.GOLONG_BENCH_POSITIONS ?? "learned,rotary").split(",").map((positions) => ({ ...quickstart, name: `quickstart, ${positions} positions`, positions }));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
};
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const line = (what, n, times, tokens) => {
  const { median, p95 } = stats(times);
  console.log(`${what.padEnd(44)} n=${n}  median ${median.toFixed(0)} ms  p95 ${p95.toFixed(0)} ms  ${(tokens / (median / 1000)).toFixed(0)} tok/s`);
};

for (const s of shapes) {
  const config = { vocabSize: tok.vocabSize, layers: s.layers, width: s.width, heads: s.heads, contextTokens: s.contextTokens, seed: 1, positions: s.positions };
  console.log(`model ${s.name}: ${s.layers} layers, width ${s.width}, ${s.heads} heads, ${parameterCount(config)} parameters, vocab ${config.vocabSize}`);
  const engine = await createOnnxEngine({ config, weights: initWeights(config), tokenizer: tok, maxBatch: 64 });
  const prompt = (i) => Int32Array.from({ length: s.prompt }, (_, k) => 5 + ((k * 7 + i * 13) % 200));
  const requests = (seed) => Array.from({ length: s.prompts }, (_, i) => ({
    uid: `p${i}`, messages: [], promptTokens: prompt(i),
    sampling: { n: s.n, temperature: 1, topP: 1, topK: -1, maxResponseTokens: s.response, seed },
  }));
  // Prefill alone: one new token per sequence.
  const prefill = [], rollout = [];
  let generated = 0;
  await engine.generate(requests(0)); // warm-up
  for (let r = 0; r < reps; r++) {
    let t = performance.now();
    await engine.generate(requests(r).map((q) => ({ ...q, sampling: { ...q.sampling, maxResponseTokens: 1 } })));
    prefill.push(performance.now() - t);
    t = performance.now();
    const res = await engine.generate(requests(r));
    rollout.push(performance.now() - t);
    generated = res.reduce((a, q) => a + q.samples.reduce((b, x) => b + x.tokens.length, 0), 0);
  }
  const seqs = s.prompts * s.n;
  line(`rollout prefill ${seqs} x ${s.prompt} prompt tokens`, reps, prefill, seqs * s.prompt);
  line(`rollout ${seqs} seqs, ${s.response} new tokens (generated)`, reps, rollout, generated);
  const decodeMs = stats(rollout).median - stats(prefill).median;
  console.log(`${"rollout decode only (KV cache)".padEnd(44)} ${(generated / (decodeMs / 1000)).toFixed(0)} tok/s`);

  // The trainer's passes in-process on one session (workers 1), then shared out to worker threads
  // (the default: one per core, at most 8), in the same process on the same batches.
  const res = await engine.generate(requests(99));
  const samples = res.flatMap((q, i) => q.samples.map((x, k) => ({
    uid: q.uid, task: "bench", promptTokens: prompt(i), responseTokens: x.tokens, oldLogprobs: x.logprobs,
    advantage: (k % 2) - 0.5, responseMask: new Uint8Array(x.tokens.length).fill(1), score: 0,
  })));
  const tokens = samples.reduce((a, x) => a + x.promptTokens.length + x.responseTokens.length, 0);
  // Supervised warm-up: the quickstart's own records (64-token synthetic contexts, prompts of 60-150
  // tokens), distinct prompts, nothing shared; the quickstart spends most of its time here.
  const examples = warmRecords.map((r) => ({ promptTokens: tok.encode(tok.applyChatTemplate(r.prompt)), responseTokens: Int32Array.from([...tok.encode(r.reward_model.ground_truth.answer), tok.eosId]) }));
  // Tokens a step (the examples are drawn at random: the mean over them, times the batch).
  const warmTokens = Math.round(examples.reduce((a, e) => a + e.promptTokens.length + e.responseTokens.length, 0) / examples.length * s.warmBatch);
  const medians = {};
  for (const workers of [1, undefined]) {
    const trainer = await createEmbeddedTrainer({
      config, temperature: 1, maxResponseTokens: s.response, ...(workers ? { workers } : {}),
      update: { lr: 1e-4, warmupSteps: 0, weightDecay: 0.01, gradClip: 1, clipLow: 0.2, clipHigh: 0.28, dualClip: 3, lossAgg: "token_mean", ppoEpochs: 1, miniBatch: seqs },
    });
    const how = workers === 1 ? "in-process" : `${Math.min(cpus().length, 8)} workers`;
    const update = [];
    await trainer.update({ step: 0, samples });
    for (let r = 0; r < reps; r++) {
      const t = performance.now();
      await trainer.update({ step: r + 1, samples });
      update.push(performance.now() - t);
    }
    line(`update ${samples.length} seqs (${tokens} tok), ${how}`, reps, update, tokens);
    const warm = [];
    await trainer.warmup(examples, { steps: 1, lr: 1e-4, batchSize: s.warmBatch });
    const warmCpu0 = cpuSeconds();
    for (let r = 0; r < reps * 2; r++) {
      const t = performance.now();
      await trainer.warmup(examples, { steps: 1, lr: 1e-4, batchSize: s.warmBatch, seed: r });
      warm.push(performance.now() - t);
    }
    line(`warm-up step ${s.warmBatch} x ~${Math.round(warmTokens / s.warmBatch)} tok, ${how}`, reps * 2, warm, warmTokens);
    // process.cpuUsage() counts every thread of the process, the workers' included.
    console.log(`${`warm-up step CPU time (mean), ${how}`.padEnd(44)} ${((cpuSeconds() - warmCpu0) * 1000 / (reps * 2)).toFixed(0)} CPU-ms`);
    medians[how === "in-process" ? "one" : "pool"] = { update: stats(update).median, warm: stats(warm).median };
    await trainer.close();
  }
  console.log(`${"workers against in-process".padEnd(44)} update x${(medians.one.update / medians.pool.update).toFixed(2)}  warm-up x${(medians.one.warm / medians.pool.warm).toFixed(2)}`);
  await engine.close();
}
const mem = process.memoryUsage();
console.log(`process CPU ${cpuSeconds().toFixed(1)} s over ${(performance.now() / 1000).toFixed(1)} s wall (on a shared machine, the share this run got)`);
console.log(`peak memory: maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB · heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB · external ${(mem.external / 2 ** 20).toFixed(0)} MiB`);
