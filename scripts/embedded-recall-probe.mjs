// scripts/embedded-recall-probe.mjs — can the embedded model learn a key look-up at all, and what
// makes it hard? Supervised training on one associative-recall task ("fof=282 lim=925 Q:fof" → 282),
// then greedy accuracy on 200 fresh records. Build first. Settings from the environment, e.g.
// `KEYLEN=3 VALLEN=3 STEPS=2400 POSITIONS=rotary node scripts/embedded-recall-probe.mjs`:
//   PAIRS (4) key=value pairs a record · KEYLEN (1: one capital letter; 3: a consonant-vowel-
//   consonant name as the synthetic tasks use) · VALLEN (1) digits a value · NEAR=1 one pair's key
//   differs from the asked one in one letter · LINES=1 one pair a line instead of spaces ·
//   QFMT (short "Q:fof" | shortq "Q:fof?" | long "Q: value of fof?" | longnq "Q: value of fof") ·
//   RESTATE=1 the answer restates the key ("fof=282", scored on the digits) · LAYERS (2), WIDTH (64),
//   POSITIONS (learned | rotary), STEPS (800), LR (3e-3).
import { createEmbeddedTrainer, createOnnxEngine, embeddedTokenizer, initWeights } from "../dist/runtime/embedded/index.js";

const env = (k, d) => process.env[k] ?? d;
const PAIRS = Number(env("PAIRS", 4)), KEYLEN = Number(env("KEYLEN", 1)), VALLEN = Number(env("VALLEN", 1));
const STEPS = Number(env("STEPS", 800)), RESTATE = env("RESTATE", "0") === "1";
const tok = embeddedTokenizer();
let state = 1;
const rnd = () => { state = (state * 1103515245 + 12345) % 2147483648; return state / 2147483648; };
const pick = (s) => s[Math.floor(rnd() * s.length)];
const C = "bdfgklmnprstvz", V = "aeiou";
const name = () => (KEYLEN === 1 ? pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") : Array.from({ length: KEYLEN }, (_, i) => pick(i % 2 ? V : C)).join(""));

function record() {
  const keys = [];
  while (keys.length < PAIRS) { const n = name(); if (!keys.includes(n)) keys.push(n); }
  const values = keys.map(() => Array.from({ length: VALLEN }, () => String(Math.floor(rnd() * 10))).join(""));
  const q = Math.floor(rnd() * PAIRS);
  if (env("NEAR", "0") === "1" && KEYLEN === 3 && PAIRS > 1) {
    const k = keys[q], at = Math.floor(rnd() * 3);
    let n;
    do n = k.slice(0, at) + pick(at === 1 ? V : C) + k.slice(at + 1); while (n === k || keys.includes(n));
    keys[(q + 1) % PAIRS] = n;
  }
  const sep = env("LINES", "0") === "1" ? "\n" : " ";
  const question = { long: `Q: value of ${keys[q]}?`, longnq: `Q: value of ${keys[q]}`, shortq: `Q:${keys[q]}?` }[env("QFMT", "short")] ?? `Q:${keys[q]}`;
  return { content: keys.map((k, i) => `${k}=${values[i]}`).join(sep) + sep + question, value: values[q], answer: RESTATE ? `${keys[q]}=${values[q]}` : values[q] };
}

const cfg = { vocabSize: tok.vocabSize, layers: Number(env("LAYERS", 2)), width: Number(env("WIDTH", 64)), heads: 4, contextTokens: 128, seed: 1, positions: env("POSITIONS", "learned") };
const maxResponse = KEYLEN + VALLEN + 4;
const trainer = await createEmbeddedTrainer({
  config: cfg, temperature: 1, maxResponseTokens: maxResponse,
  update: { lr: 1e-3, warmupSteps: 0, weightDecay: 0, gradClip: 1, clipLow: 0.2, clipHigh: 0.2, dualClip: null, lossAgg: "token_mean", ppoEpochs: 1, miniBatch: 8 },
});
const encode = (content) => tok.encode(tok.applyChatTemplate([{ role: "user", content }]));
const examples = Array.from({ length: 20000 }, record).map((d) => ({ promptTokens: encode(d.content), responseTokens: Int32Array.from([...tok.encode(d.answer), tok.eosId]) }));
const losses = [];
const t0 = Date.now();
await trainer.warmup(examples, {
  steps: STEPS, lr: Number(env("LR", 3e-3)), batchSize: 32, schedule: "cosine", lrWarmupSteps: 50, minLrRatio: 0.1, beta2: 0.98,
  onStep: (s, l) => {
    losses.push(l);
    if (s % Math.max(1, Math.floor(STEPS / 8)) === 0) console.log(`step ${s} loss (mean of last 50) ${(losses.slice(-50).reduce((a, b) => a + b, 0) / Math.min(50, losses.length)).toFixed(3)}`);
  },
});
const engine = await createOnnxEngine({ config: cfg, weights: initWeights(cfg), tokenizer: tok });
await engine.syncWeights(trainer.weightsRef());
const held = Array.from({ length: 200 }, record);
const res = await engine.generate(held.map((d, i) => ({
  uid: `h${i}`, messages: [{ role: "user", content: d.content }], sampling: { n: 1, temperature: 0, topP: 1, topK: -1, maxResponseTokens: maxResponse, seed: 0 },
})));
const said = (t) => (RESTATE ? t.split("=").pop() : t).trim();
const accuracy = res.filter((r, i) => said(r.samples[0].text) === held[i].value).length / held.length;
console.log(`pairs ${PAIRS}, key ${KEYLEN} chars, value ${VALLEN} digits, ${cfg.layers}x${cfg.width} ${cfg.positions}, ${STEPS} steps: accuracy ${accuracy.toFixed(3)} (copying a random one of the values: ~${(1 / PAIRS).toFixed(2)}), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
await engine.close();
await trainer.close();
