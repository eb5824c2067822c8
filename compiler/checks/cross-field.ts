// compiler/checks/cross-field.ts — what no single field shows: clip bounds, lengths against the model's
// context, batch arithmetic, GPU layout, contradicting settings, TMN's labels. Runs after every block
// checked; a field that failed is skipped (its dependents stay silent).
import type * as A from "../../grammar/index.js";
import type { DiagnosticBag, Label } from "../../diagnostics/index.js";
import { get, type BlockValues } from "./block-fields.js";
import type { CheckedModel, CheckedTask } from "./declarations.js";

export interface Settings {
  readonly blocks: ReadonlyMap<string, BlockValues>;
  readonly model?: CheckedModel;
  readonly bag: DiagnosticBag;
  /** Where to point a diagnostic about something missing from the whole recipe. */
  readonly anchor: A.Span;
}

const ok = (b: BlockValues | undefined, ...names: string[]) => b !== undefined && names.every((n) => !b.failed.has(n));
const spanOf = (b: BlockValues, name: string): A.Span => b.fields.get(name)?.span ?? b.decl?.keyword.span ?? { start: 0, end: 0 };
const bagOf = (b: BlockValues, name: string): DiagnosticBag => b.fields.get(name)?.bag ?? b.bag;
// Always names its file: the diagnostic may be reported into another file's bag (a `--set` value).
const related = (b: BlockValues, name: string, label: string): Label[] => {
  const f = b.fields.get(name);
  return f ? [{ span: f.span, label, file: f.bag.file.path }] : [];
};

export function modelContext(model: CheckedModel | undefined): number | undefined {
  if (!model) return undefined;
  return get<number | undefined>(model.values, model.kind === "embedded" ? "context" : "max_context");
}

/** max_prompt defaults to the model's context minus max_response. */
export function maxPromptOf(s: Settings): number | undefined {
  const r = s.blocks.get("rollout")!;
  const written = get<number | undefined>(r, "max_prompt");
  if (written !== undefined) return written;
  const ctx = modelContext(s.model);
  const resp = get<number | undefined>(r, "max_response");
  return ctx !== undefined && resp !== undefined && ctx > resp ? ctx - resp : undefined;
}

export function checkCrossFields(s: Settings, tasks: readonly CheckedTask[]): void {
  const B = (k: string) => s.blocks.get(k)!;
  const rollout = B("rollout");
  const update = B("update");
  const train = B("train");
  const cluster = B("cluster");
  const advantage = B("advantage");

  // Everything missing from the whole recipe is one diagnostic, not one per block.
  const missing: string[] = [];
  if (!s.model) missing.push("a `model`");
  for (const [kw, what] of [["rollout", "a `rollout { }` block"], ["advantage", "an `advantage` block"], ["update", "an `update ppo { }` block"], ["train", "a `train { }` block"]] as const) {
    if (!B(kw).decl) missing.push(what);
  }
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
    s.bag.error("GL0214", s.anchor, {
      message: missing.length === 1 ? `the recipe has no ${missing[0].replace(/^an? /, "")}` : "the recipe is missing settings every training recipe needs",
      label: `needs ${list}`,
      help: missing.includes("a `model`") && missing.length === 1
        ? "add `model policy { path: env(\"LLM\"), max_context: 32k tokens }` or `model policy = embedded { ... }`"
        : "docs/recipes.md lists each block's fields; examples/quickstart.golong is a complete recipe",
    });
  }

  if (s.model?.kind === "embedded" && ok(s.model.values, "width", "heads", "positions")) checkEmbeddedShape(s.model.values);

  if (ok(update, "clip") && update.decl) {
    const [lo, hi] = get<[number, number]>(update, "clip");
    if (lo > hi) {
      bagOf(update, "clip").error("GL0402", spanOf(update, "clip"), { label: `low ${lo} > high ${hi}`, help: `swap them: clip: [${hi}, ${lo}]` });
    }
  }

  const ctx = modelContext(s.model);
  if (rollout.decl && ok(rollout, "max_prompt", "max_response") && ctx !== undefined && s.model && !s.model.values.failed.has(s.model.kind === "embedded" ? "context" : "max_context")) {
    const resp = get<number>(rollout, "max_response");
    const prompt = get<number | undefined>(rollout, "max_prompt");
    const ctxField = s.model.kind === "embedded" ? "context" : "max_context";
    if (prompt !== undefined && prompt + resp > ctx) {
      bagOf(rollout, "max_prompt").error("GL0403", spanOf(rollout, "max_prompt"), {
        label: `${prompt} + ${resp} = ${prompt + resp} tokens, more than ${ctx}`,
        related: related(s.model.values, ctxField, `the model's context is ${ctx} tokens`),
        help: `shorten max_prompt to ${ctx - resp} tokens or raise ${ctxField} to ${prompt + resp} tokens`,
      });
    } else if (prompt === undefined && resp >= ctx) {
      bagOf(rollout, "max_response").error("GL0403", spanOf(rollout, "max_response"), {
        label: `${resp} tokens leave no room for a prompt in ${ctx}`,
        related: related(s.model.values, ctxField, `the model's context is ${ctx} tokens`),
        help: `shorten max_response below ${ctx} tokens`,
      });
    }
  }

  if (train.decl && !train.failed.has("epochs") && !train.failed.has("steps") && get(train, "epochs") === undefined && get(train, "steps") === undefined) {
    train.bag.error("GL0214", train.decl.keyword.span, { message: "`train` says neither `epochs` nor `steps`", label: "training would not stop", help: "add `epochs: 1` or `steps: 100`" });
  }

  const pps = get<number | undefined>(train, "prompts_per_step");
  const gen = get<number | undefined>(train, "gen_prompts_per_step");
  const mb = get<number | undefined>(train, "mini_batch");
  const n = get<number | undefined>(rollout, "n");
  if (train.decl && ok(train, "prompts_per_step", "gen_prompts_per_step") && pps !== undefined && gen !== undefined && gen < pps) {
    bagOf(train, "gen_prompts_per_step").error("GL0501", spanOf(train, "gen_prompts_per_step"), {
      label: `${gen} < ${pps}`, related: related(train, "prompts_per_step", "prompts_per_step is set here"),
      help: `draw at least ${pps} prompts per generation batch (the published launches draw 4 × prompts_per_step)`,
    });
  }
  if (train.decl && rollout.decl && ok(train, "prompts_per_step", "mini_batch") && ok(rollout, "n") && pps !== undefined && mb !== undefined && n !== undefined && (pps * n) % mb !== 0) {
    const total = pps * n;
    const divisors = nearDivisors(total, mb);
    bagOf(train, "mini_batch").error("GL0502", spanOf(train, "mini_batch"), {
      label: `${pps} × ${n} = ${total}, not a multiple of ${mb}`,
      related: related(rollout, "n", "n is set here"),
      help: `use a mini_batch that divides ${total}, such as ${divisors.join(" or ")}`,
    });
  }

  if (cluster.decl && ok(cluster, "nodes", "gpus_per_node")) {
    const nodes = get<number>(cluster, "nodes");
    const gpn = get<number>(cluster, "gpus_per_node");
    const actor = cluster.blocks.get("actor")!;
    const gpus = nodes * gpn;
    if (ok(actor, "tp", "cp", "pp")) {
      const tp = get<number>(actor, "tp"), cp = get<number>(actor, "cp"), pp = get<number>(actor, "pp");
      const per = tp * cp * pp;
      if (gpus % per !== 0) {
        const where = actor.decl ? actor : cluster;
        where.bag.error("GL0503", actor.decl?.keyword.span ?? cluster.decl.keyword.span, {
          label: `${nodes} × ${gpn} = ${gpus} GPUs, not a multiple of tp × cp × pp = ${tp} × ${cp} × ${pp} = ${per}`,
          help: `use a layout whose product divides ${gpus}, or change nodes`,
        });
      } else if (ok(actor, "ep", "etp")) {
        const ep = get<number>(actor, "ep"), etp = get<number>(actor, "etp");
        if ((gpus / pp) % (ep * etp) !== 0) {
          actor.bag.error("GL0505", spanOf(actor, "ep"), { label: `${gpus} / pp ${pp} = ${gpus / pp} GPUs, not a multiple of ep × etp = ${ep * etp}`, help: "choose ep × etp dividing the GPUs of one pipeline stage" });
        }
      }
    }
    if (rollout.decl && ok(rollout, "tp")) {
      const rtp = get<number>(rollout, "tp");
      if (gpn % rtp !== 0) {
        bagOf(rollout, "tp").error("GL0504", spanOf(rollout, "tp"), {
          label: `tp ${rtp} does not divide ${gpn} GPUs per node`,
          related: related(cluster, "gpus_per_node", `${gpn} GPUs per node`),
          help: `use a rollout tp among ${divisorsOf(gpn).join(", ")}`,
        });
      }
    }
  }

  // Sampling that cannot give a learning signal.
  if (rollout.decl && ok(rollout, "n") && n !== undefined) {
    if (B("sampling").decl && n < 2) {
      bagOf(rollout, "n").error("GL0406", spanOf(rollout, "n"), { label: `n is ${n}: every group has one response`, help: "sample several responses per prompt, e.g. n: 8" });
    }
    const temperature = get<number>(rollout, "temperature");
    if (ok(rollout, "temperature") && temperature === 0 && n > 1) {
      bagOf(rollout, "temperature").warning("GL0407", spanOf(rollout, "temperature"), { label: `temperature 0 with n ${n}`, help: "use a temperature above 0, e.g. 1.0" });
    }
  }

  // Settings that cannot hold together.
  const engine = get<string | undefined>(rollout, "engine");
  const trainer = get<string | undefined>(update, "trainer");
  if (s.model && rollout.decl && ok(rollout, "engine") && engine === "onnx" && s.model.kind !== "embedded") {
    bagOf(rollout, "engine").error("GL0404", spanOf(rollout, "engine"), { message: "the onnx engine runs the embedded model only", label: "engine: onnx with a model loaded from a path", help: "use engine: openai (a vLLM or SGLang server) or `model NAME = embedded { ... }`" });
  }
  if (s.model && update.decl && ok(update, "trainer") && trainer === "embedded" && s.model.kind !== "embedded") {
    bagOf(update, "trainer").error("GL0404", spanOf(update, "trainer"), { message: "the embedded trainer trains the embedded model only", label: "trainer: embedded", help: "use trainer: external, verl or none" });
  }
  // What the embedded trainer (the default for an embedded model) does not implement, said now
  // rather than when the run starts.
  const embeddedTrainer = s.model?.kind === "embedded" && update.decl && ok(update, "trainer") && (trainer ?? "embedded") === "embedded";
  if (embeddedTrainer && ok(update, "kl", "kl_in_reward") && get(update, "kl") !== null && get(update, "kl") !== undefined && get<boolean>(update, "kl_in_reward")) {
    bagOf(update, "kl_in_reward").error("GL0404", spanOf(update, "kl_in_reward"), {
      message: "the embedded trainer puts the KL term in the loss only", label: "kl_in_reward: true",
      related: related(update, "kl", "the KL coefficient"), help: "use kl_in_reward: false (verl's use_kl_loss), or trainer: verl or external",
    });
  }
  const importance = update.blocks.get("importance_sampling");
  if (embeddedTrainer && importance?.decl) {
    importance.bag.error("GL0404", importance.decl.keyword.span, {
      message: "the embedded trainer has no importance-sampling correction", label: "importance_sampling with the embedded trainer",
      help: "remove the block (the embedded engine samples with the trainer's own weights, so there is no mismatch to correct), or use trainer: verl",
    });
  }
  const warmup = B("warmup");
  if (s.model && warmup.decl && s.model.kind !== "embedded") {
    warmup.bag.error("GL0404", warmup.decl.keyword.span, { message: "a supervised warm-up trains the embedded model only", label: "warmup with a model loaded from a path", help: "remove the warmup block, or use `model NAME = embedded { ... }`" });
  }
  if (update.decl && trainer === "external" && get(update, "command") === undefined) {
    bagOf(update, "trainer").error("GL0404", spanOf(update, "trainer"), { message: "an external trainer needs its command", label: "trainer: external without `command`", help: "add command: [\"python\", \"train.py\"]" });
  }
  if (rollout.decl && (engine === "openai") && get(rollout, "endpoint") === undefined) {
    bagOf(rollout, "engine").error("GL0214", spanOf(rollout, "engine"), { message: "the openai engine needs an endpoint", label: "engine: openai without `endpoint`", help: "add endpoint: \"http://127.0.0.1:8000/v1\"" });
  }
  if (rollout.decl && engine === "replay" && get(rollout, "replay_file") === undefined) {
    bagOf(rollout, "engine").error("GL0214", spanOf(rollout, "engine"), { message: "the replay engine needs its file", label: "engine: replay without `replay_file`", help: "add replay_file: \"rollouts.jsonl\"" });
  }

  // TMN normalises per task label: every sample needs one.
  const estimator = advantage.decl?.variant?.name;
  if (estimator === "tmn_grpo" || estimator === "qwenlong_grpo") {
    for (const t of tasks) {
      if (!t.spec.labelExpr || t.optionalReads.length === 0) continue;
      t.bag.error("GL0607", t.labelSpan, {
        label: `reads ${t.optionalReads.map((p) => p.join(".")).join(", ")}, which may be missing`,
        help: "make the field required in the record type, or give the task a constant label: `label: \"name\"`",
      });
    }
  }
  if (tasks.length === 0 && !s.bag.hasErrors()) {
    s.bag.error("GL0405", s.anchor, { label: "no task in this recipe", help: "add `task NAME { from SOURCE reward EXPR }` or `tasks golongrl.all from train`" });
  }
}

function divisorsOf(n: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= Math.min(n, 4096); d++) if (n % d === 0) out.push(d);
  return out;
}

/** The divisors of `total` nearest to `wanted`, below and above (bounded search: any input is cheap). */
function nearDivisors(total: number, wanted: number): number[] {
  let below: number | undefined;
  let above: number | undefined;
  for (let d = Math.min(wanted - 1, total), i = 0; d >= 1 && i < 100_000; d--, i++) if (total % d === 0) { below = d; break; }
  for (let d = wanted + 1, i = 0; d <= total && i < 100_000; d++, i++) if (total % d === 0) { above = d; break; }
  return [below, above].filter((d): d is number => d !== undefined);
}

/** The embedded transformer's heads split its width evenly (and, for rotary positions, into even halves). */
function checkEmbeddedShape(m: BlockValues): void {
  const width = get<number>(m, "width"), heads = get<number>(m, "heads");
  const rotary = get<string>(m, "positions") === "rotary";
  const fits = (w: number) => w % heads === 0 && (!rotary || (w / heads) % 2 === 0);
  if (fits(width)) return;
  const step = rotary ? 2 * heads : heads;
  const down = Math.floor(width / step) * step, up = down + step;
  const label = width % heads !== 0 ? `${width} is not a multiple of ${heads} heads` : `heads of ${width / heads}: rotary positions need an even head width`;
  bagOf(m, "width").error("GL0506", spanOf(m, "width"), {
    label, related: related(m, "heads", `${heads} heads`),
    help: `use width ${down > 0 ? `${down} or ${up}` : up}${rotary ? ` (a multiple of 2 × heads = ${step})` : ""}`,
  });
}
