// scripts/embedded-warmup-experiment.mjs — quick experiments on the quickstart's embedded model: supervised
// warm-up, greedy held-out eval, then optional RL steps, with CPU-s. Build first; settings from the
// environment (CFG below), e.g. `STEPS=600 SCHEDULE=cosine SAVE=/tmp/ck node scripts/embedded-warmup-experiment.mjs`.
import os from "node:os";
import { createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights, parameterCount } from "../dist/runtime/embedded/index.js";
import { generateSynthetic, scoreSynthetic } from "../dist/stdlib/synthetic/index.js";
import { computeAdvantages } from "../dist/stdlib/advantage/index.js";

const env = (k, d) => (process.env[k] === undefined ? d : process.env[k]);
// Defaults: the quickstart's model, data, warm-up and RL (examples/quickstart.golong).
const CFG = {
  layers: Number(env("LAYERS", 2)), width: Number(env("WIDTH", 64)), heads: Number(env("HEADS", 4)),
  context: Number(env("CONTEXT", 256)), seed: Number(env("SEED", 1)),
  data: Number(env("CTX_TOKENS", 64)), records: Number(env("RECORDS", 20000)), evalCount: Number(env("EVAL", 252)),
  steps: Number(env("STEPS", 2400)), lr: Number(env("LR", 6e-3)), batch: Number(env("BATCH", 64)),
  schedule: env("SCHEDULE", "cosine"), lrWarmup: Number(env("LR_WARMUP", 50)), minLr: Number(env("MIN_LR", 0.1)),
  beta2: Number(env("BETA2", 0.98)), wd: Number(env("WD", 0)), promptW: Number(env("PROMPT_W", 0.25)),
  posInit: env("POS_INIT", "normal"), posAmp: Number(env("POS_AMP", 0.02)),
  // RL after the warm-up (RL_STEPS > 0): prompts x n at RL_TEMP, TMN-Reweight advantages, clipped loss.
  rlSteps: Number(env("RL_STEPS", 0)), rlLr: Number(env("RL_LR", 1e-4)), rlTemp: Number(env("RL_TEMP", 1)), rlN: Number(env("RL_N", 8)),
  rlPrompts: Number(env("RL_PROMPTS", 64)), rlMini: Number(env("RL_MINI", 128)), rlEvalEvery: Number(env("RL_EVAL", 10)),
  rlAgg: env("RL_AGG", "token_mean"), rlEstimator: env("RL_EST", "tmn_grpo"),
  // ENTROPY: the update's entropy_coef (loss = policy loss − coef · aggregated entropy).
  rlEntropy: Number(env("ENTROPY", 0)),
  // KL: the update's kl coefficient (low_var_kl to the policy at the first RL update).
  rlKl: Number(env("KL", 0)),
  // WORKERS: the trainer's worker threads (default one per core; 1: in-process).
  // CAPS: a comma-separated list of capabilities (default all nine).
  caps: env("CAPS", "all") === "all" ? "all" : env("CAPS", "all").split(","),
};

const tok = embeddedTokenizer();
const cfg = { vocabSize: tok.vocabSize, layers: CFG.layers, width: CFG.width, heads: CFG.heads, contextTokens: CFG.context, seed: CFG.seed, positions: env("POSITIONS", "learned") };
const encode = (r) => tok.encode(tok.applyChatTemplate(r.prompt));
const train = [...generateSynthetic({ capabilities: CFG.caps, contextTokens: CFG.data, count: CFG.records, seed: 7 })];
const held = [...generateSynthetic({ capabilities: CFG.caps, contextTokens: CFG.data, count: CFG.evalCount, seed: 8 })];
const examples = train.map((r) => ({ promptTokens: encode(r), responseTokens: Int32Array.from([...tok.encode(r.reward_model.ground_truth.answer), tok.eosId]) }));

const trainer = await createEmbeddedTrainer({
  config: cfg, temperature: 1, maxResponseTokens: 48, ...(process.env.WORKERS ? { workers: Number(process.env.WORKERS) } : {}),
  update: { lr: CFG.rlLr, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: Number(env("RL_CLIP_HIGH", 0.28)), dualClip: null, lossAgg: CFG.rlAgg, ppoEpochs: 1, miniBatch: CFG.rlMini, entropyCoef: CFG.rlEntropy, klCoef: CFG.rlKl },
});
if (CFG.posInit === "sin") {
  const pe = trainer.weights.get("pos_emb"), D = cfg.width;
  for (let p = 0; p < cfg.contextTokens; p++) for (let i = 0; i < D / 2; i++) {
    const f = p / Math.pow(10000, (2 * i) / D);
    pe[p * D + 2 * i] = CFG.posAmp * Math.sin(f); pe[p * D + 2 * i + 1] = CFG.posAmp * Math.cos(f);
  }
}
const engine = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok });

async function evaluate() {
  await engine.syncWeights(trainer.weightsRef());
  const res = await engine.generate(held.map((r, i) => ({
    uid: `h${i}`, messages: r.prompt, sampling: { n: 1, temperature: 0, topP: 1, topK: -1, maxResponseTokens: 48, seed: 0 },
  })));
  const per = new Map();
  res.forEach((x, i) => {
    const s = scoreSynthetic(held[i], x.samples[0].text);
    const c = held[i].capability;
    per.set(c, [...(per.get(c) ?? []), s]);
  });
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  const all = mean([...per.values()].flat());
  const first126 = mean(res.slice(0, 126).map((x, i) => scoreSynthetic(held[i], x.samples[0].text)));
  return { all, first126, tasks: Object.fromEntries([...per].map(([k, v]) => [k, mean(v)])) };
}

const cpu0 = process.cpuUsage(), t0 = Date.now();
const cpuS = () => { const c = process.cpuUsage(cpu0); return (c.user + c.system) / 1e6; };
console.log(`node ${process.version} · ${os.cpus()[0]?.model} · ${os.cpus().length} cores · load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(JSON.stringify(CFG), `params ${parameterCount(cfg)}`);
const losses = [];
if (process.env.LOAD) await trainer.load(process.env.LOAD);
if (CFG.steps > 0) {
  const report = await trainer.warmup(examples, {
    steps: CFG.steps, lr: CFG.lr, batchSize: CFG.batch, seed: 0, schedule: CFG.schedule, lrWarmupSteps: CFG.lrWarmup,
    minLrRatio: CFG.minLr, beta2: CFG.beta2, weightDecay: CFG.wd, promptLossWeight: CFG.promptW,
    onStep: (s, l) => { losses.push(l); if (s % Math.max(1, Math.floor(CFG.steps / 10)) === 0) console.log(`step ${s} loss(avg of last 50) ${(losses.slice(-50).reduce((a, b) => a + b, 0) / Math.min(50, losses.length)).toFixed(3)}  cpu ${cpuS().toFixed(0)} s  wall ${((Date.now() - t0) / 1000).toFixed(0)} s`); },
  });
  console.log(`warm-up ${report.steps} steps: loss ${report.firstLoss.toFixed(3)} -> ${report.lastLoss.toFixed(3)}; cpu ${cpuS().toFixed(0)} s`);
}
const show = (what, ev) => console.log(`${what} held-out ${CFG.evalCount}: ${ev.all.toFixed(3)} (first 126: ${ev.first126.toFixed(3)})  ${Object.entries(ev.tasks).map(([k, v]) => `${k.slice(0, 12)} ${v.toFixed(2)}`).join("  ")}  cpu ${cpuS().toFixed(0)} s`);
show("after warm-up", await evaluate());
if (process.env.SAVE) await trainer.save(process.env.SAVE);

// RL on records after those the warm-up read (a fresh stream: seed 7, from index RECORDS).
if (CFG.rlSteps > 0) {
  const pool = [...generateSynthetic({ capabilities: CFG.caps, contextTokens: CFG.data, count: CFG.records + CFG.rlSteps * CFG.rlPrompts, seed: 7 })].slice(CFG.records);
  for (let step = 1; step <= CFG.rlSteps; step++) {
    const batch = pool.slice((step - 1) * CFG.rlPrompts, step * CFG.rlPrompts);
    const reqs = batch.map((r, i) => ({ uid: `s${step}-${i}`, messages: r.prompt, promptTokens: encode(r), sampling: { n: CFG.rlN, temperature: CFG.rlTemp, topP: 1, topK: -1, maxResponseTokens: 48, seed: step } }));
    const res = await engine.generate(reqs);
    const scores = [], index = [], labels = [], samples = [];
    res.forEach((r, i) => r.samples.forEach((smp) => {
      const sc = scoreSynthetic(batch[i], smp.text);
      scores.push(sc); index.push(r.uid); labels.push(batch[i].capability);
      samples.push({ uid: r.uid, task: batch[i].capability, promptTokens: reqs[i].promptTokens, responseTokens: smp.tokens, oldLogprobs: smp.logprobs, advantage: 0, responseMask: new Uint8Array(smp.tokens.length).fill(1), score: sc });
    }));
    const adv = computeAdvantages({ estimator: CFG.rlEstimator, normByStd: true, normByTaskScale: true, difficultyReweight: true, smoothAlpha: 0.8, gamma: 1, epsilon: 1e-6 }, { scores, index, taskLabels: labels });
    samples.forEach((x, k) => { x.advantage = adv.advantages[k]; });
    // On-policy check: the trainer's log-probs of the sampled tokens against the engine's.
    let maxDiff = 0;
    if (step === 1) {
      const lp = await trainer.logprobs(samples.slice(0, 16));
      lp.forEach((a, k) => a.forEach((v, t) => { maxDiff = Math.max(maxDiff, Math.abs(v - samples[k].oldLogprobs[t])); }));
    }
    const out = await trainer.update({ step, samples });
    await engine.syncWeights(out.weights);
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const m = out.metrics;
    console.log(`rl ${step}: sampled reward ${mean.toFixed(3)}  kl ${m.ppo_kl.toExponential(1)} clipfrac ${m.pg_clipfrac.toFixed(3)} entropy ${m.entropy.toFixed(3)}${m.kl_loss !== undefined ? ` kl_loss ${m.kl_loss.toExponential(2)}` : ""} gnorm ${m.grad_norm.toFixed(2)} len ${(samples.reduce((a, x) => a + x.responseTokens.length, 0) / samples.length).toFixed(1)}${step === 1 ? `  |logp diff| max ${maxDiff.toExponential(1)}` : ""}  cpu ${cpuS().toFixed(0)} s`);
    if (step % CFG.rlEvalEvery === 0 || step === CFG.rlSteps) show(`rl step ${step}`, await evaluate());
  }
}
await engine.close();
await trainer.close();
