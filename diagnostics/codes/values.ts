// diagnostics/codes/values.ts — GL04xx: values and ranges (probabilities, clip bounds,
// learning rate, lengths against the model's context). Reported by compiler/checks.
import { defineCodes } from "../catalog.js";

export const valueCodes = defineCodes("values", {
  GL0401: {
    title: "value out of range",
    explanation:
      "A number lies outside the range its field allows: probabilities, alphas and ratios are in [0, 1] " +
      "(`top_p`, `smooth_alpha`, the clip bounds), counts are at least 1, `top_k` is -1 or more, the learning rate " +
      "and thresholds are greater than 0, dual_clip greater than 1. The label shows the range.",
  },
  GL0402: {
    title: "clip low is greater than clip high",
    explanation:
      "`clip: [low, high]` bounds the PPO ratio to [1 - low, 1 + high]; DAPO's clip-higher uses a larger high " +
      "bound (`[0.2, 0.28]`). A low bound above the high one is almost always two numbers swapped.",
  },
  GL0403: {
    title: "prompt and response do not fit in the model's context",
    explanation:
      "max_prompt + max_response must not exceed the model's context (`max_context` of a model loaded from a " +
      "path, `context` of the embedded model): a longer sequence cannot be served or trained. Shorten one of " +
      "them or raise the context; the GoLongRL launches use 160k + 16k = 176k tokens.",
  },
  GL0404: {
    title: "settings contradict each other",
    explanation:
      "Two settings cannot hold together: both `epochs` and `steps` given nothing to stop on, `truncation` on an " +
      "engine that cannot truncate, a trainer the model cannot use (the embedded trainer needs the embedded " +
      "model), a setting the embedded trainer does not implement (`kl_in_reward: true`, an `importance_sampling` " +
      "block), or an `external` trainer with no `command`. The label says which.",
  },
  GL0405: {
    title: "nothing to train on",
    explanation:
      "The recipe has no task, so no record would ever be scored. Add a task (`task NAME { from SOURCE reward " +
      "EXPR }`) or take a preset's tasks (`tasks golongrl.all from train`).",
  },
  GL0406: {
    title: "dynamic sampling needs groups of two or more",
    explanation:
      "Dynamic sampling keeps only groups whose scores differ (nonzero_std(score)). With one response per " +
      "prompt (`rollout.n: 1`) no group can differ, every group is dropped and no training batch ever fills. " +
      "Sample several responses per prompt (the GoLongRL launches use 16) or remove the sampling block.",
  },
  GL0407: {
    title: "greedy sampling gives every response of a group the same text",
    severity: "warning",
    explanation:
      "With `temperature: 0` the engine decodes greedily, so the n responses to one prompt are the same text " +
      "and score the same: their group-relative advantages are all 0 and the update learns nothing. Use a " +
      "temperature above 0 for training rollouts (validation may stay greedy: `rollout { val { temperature: 0 } }`).",
  },
});
