// stdlib/advantage/params.ts — estimator names and parameters, in golong's words (the IR's
// `advantage` node config), plus the reference trainer's parameter names (used by the golden
// files and `golongc advantage`) mapped onto them.
import { z } from "zod";

export const ESTIMATORS = ["grpo", "tmn_grpo", "qwenlong_grpo"] as const;
export type EstimatorName = (typeof ESTIMATORS)[number];

export interface AdvantageParams {
  /** grpo: divide by the group's std (reference `norm_adv_by_std_in_grpo`). */
  readonly normByStd: boolean;
  /** tmn_grpo: divide by the task scale (reference `norm_adv_by_task_scale`). */
  readonly normByTaskScale: boolean;
  /** grpo, tmn_grpo: weight advantages by the group's pass rate. */
  readonly difficultyReweight: boolean;
  /** Difficulty weight exponent (reference `difficulty_gamma`). */
  readonly gamma: number;
  /** tmn_grpo: pass-rate threshold = alpha·group mean + (1 − alpha)·task mean (`difficulty_smooth_alpha`). */
  readonly smoothAlpha: number;
  readonly epsilon: number;
}

/** The reference trainer's defaults (what a launch gets when it sets nothing). */
export const DEFAULT_PARAMS: AdvantageParams = {
  normByStd: true,
  normByTaskScale: true,
  difficultyReweight: false,
  gamma: 1.0,
  smoothAlpha: 0.5,
  epsilon: 1e-6,
};

/** An estimator with its parameters; structurally the IR's `advantage` node config. */
export type AdvantageConfig = { readonly estimator: EstimatorName } & Partial<AdvantageParams>;

export function resolveParams(config: AdvantageConfig): AdvantageParams {
  return {
    normByStd: config.normByStd ?? DEFAULT_PARAMS.normByStd,
    normByTaskScale: config.normByTaskScale ?? DEFAULT_PARAMS.normByTaskScale,
    difficultyReweight: config.difficultyReweight ?? DEFAULT_PARAMS.difficultyReweight,
    gamma: config.gamma ?? DEFAULT_PARAMS.gamma,
    smoothAlpha: config.smoothAlpha ?? DEFAULT_PARAMS.smoothAlpha,
    epsilon: config.epsilon ?? DEFAULT_PARAMS.epsilon,
  };
}

const finite = z.number().finite();
const epsilon = z.number().finite().positive();

// The reference's keyword arguments, per estimator; anything else is an error (a typo would
// otherwise silently run with the default).
const ReferenceParams = {
  grpo: z.object({
    norm_adv_by_std_in_grpo: z.boolean().optional(),
    difficulty_reweight: z.boolean().optional(),
    difficulty_gamma: finite.optional(),
    epsilon: epsilon.optional(),
  }).strict(),
  tmn_grpo: z.object({
    norm_adv_by_task_scale: z.boolean().optional(),
    difficulty_reweight: z.boolean().optional(),
    difficulty_gamma: finite.optional(),
    difficulty_smooth_alpha: finite.optional(),
    epsilon: epsilon.optional(),
  }).strict(),
  qwenlong_grpo: z.object({ epsilon: epsilon.optional() }).strict(),
} as const;

export type ParsedConfig = { ok: true; config: AdvantageConfig } | { ok: false; message: string };

/** Reads `{ norm_adv_by_std_in_grpo, difficulty_gamma, ... }` (reference names) for an estimator. */
export function configFromReference(estimator: EstimatorName, raw: unknown): ParsedConfig {
  const parsed = ReferenceParams[estimator].safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `params.${issue.path.join(".")}` : "params";
    const keys = Object.keys(ReferenceParams[estimator].shape).join(", ");
    const detail = issue.code === "unrecognized_keys"
      ? `unknown parameter${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")} for ${estimator} (expected: ${keys})`
      : issue.message.toLowerCase();
    return { ok: false, message: `${where}: ${detail}` };
  }
  const p = parsed.data as Record<string, number | boolean | undefined>;
  return {
    ok: true,
    config: {
      estimator,
      normByStd: p.norm_adv_by_std_in_grpo as boolean | undefined,
      normByTaskScale: p.norm_adv_by_task_scale as boolean | undefined,
      difficultyReweight: p.difficulty_reweight as boolean | undefined,
      gamma: p.difficulty_gamma as number | undefined,
      smoothAlpha: p.difficulty_smooth_alpha as number | undefined,
      epsilon: p.epsilon as number | undefined,
    },
  };
}
