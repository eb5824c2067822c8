// A small valid recipe the compiler tests change one mistake at a time.
export const BASE = `recipe t
type Rec { prompt: messages, answer: text, kind: text, ids: list<text>, extra: { mode: text?, lang: text } }
model policy { path: env("LLM"), max_context: 8k tokens }
source train = jsonl("/d/train.jsonl") : Rec
source held = jsonl("/d/held.jsonl") : Rec
task qa {
  from train where kind == "qa"
  reward em(strip_think(output), answer)
}
task rank {
  from train where kind in ["rank", "order"]
  reward ndcg(answer_lines(output), ids)
}
gate think_format
rollout { engine: vllm, n: 8, temperature: 1.0, top_p: 0.95, max_prompt: 6k tokens, max_response: 1k tokens }
sampling dynamic { keep_groups_with: nonzero_std(score), max_gen_batches: 4 }
advantage tmn_grpo { difficulty_reweight: true, smooth_alpha: 0.8 }
update ppo { lr: 1e-6, clip: [0.2, 0.28], loss_agg: token_mean, kl: off }
train { prompts_per_step: 16, gen_prompts_per_step: 32, mini_batch: 32, steps: 10, save_every: 5 steps }
eval { on: held, every: 5 steps }
cluster { nodes: 2, gpus_per_node: 8, actor { tp: 2, cp: 2, pp: 1 } }
`;
