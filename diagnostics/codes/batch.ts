// diagnostics/codes/batch.ts — GL05xx: batch and resource arithmetic, checked before anything
// runs (verl checks these only after the Ray cluster has started).
import { defineCodes } from "../catalog.js";

export const batchCodes = defineCodes("batch", {
  GL0501: {
    title: "gen_prompts_per_step is smaller than prompts_per_step",
    explanation:
      "With dynamic sampling, each generation batch draws gen_prompts_per_step prompts and the kept groups are " +
      "cut to prompts_per_step. Drawing fewer prompts than one training batch needs can never fill it in one " +
      "batch; the published launches draw 512 to train on 128.",
  },
  GL0502: {
    title: "prompts_per_step × n is not divisible by mini_batch",
    explanation:
      "A training step holds prompts_per_step × n responses, split into optimizer mini-batches of mini_batch " +
      "each. When the split is not exact the last mini-batch is partial or dropped (verl refuses it at start-up). " +
      "Choose a mini_batch that divides prompts_per_step × n.",
  },
  GL0503: {
    title: "the GPUs do not divide into the actor's parallel layout",
    explanation:
      "nodes × gpus_per_node must be a multiple of tp × cp × pp (the GPUs one model replica spans), so the " +
      "remaining data-parallel size is a whole number. For 16 nodes of 8 GPUs with tp 8, cp 8, pp 1 the data " +
      "parallel size is 128 / 64 = 2.",
  },
  GL0504: {
    title: "rollout tp does not divide the GPUs of a node",
    explanation:
      "Each rollout engine spans `rollout.tp` GPUs of one node; a node's GPUs must split into whole engines, so " +
      "tp must divide gpus_per_node (and not exceed it).",
  },
  GL0505: {
    title: "expert parallelism does not fit the actor's layout",
    explanation:
      "For a mixture-of-experts model, ep × etp GPUs hold one copy of the experts and must divide the " +
      "data-parallel × tp GPUs of the actor; ep 4 with tp 4 on 128 GPUs fits (30B-A3B launch).",
  },
  GL0506: {
    title: "the embedded model's width does not split into its heads",
    explanation:
      "Each attention head of the embedded model reads width / heads of the hidden state, so width must be a " +
      "multiple of heads; with rotary positions the head width must also be even, since the rotation turns " +
      "pairs of dimensions. width 96 with 4 heads gives heads of 24.",
  },
});
