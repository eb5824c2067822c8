// compiler/checks/top-blocks.ts — the recipe's top-level blocks: each keyword and variant known, each
// block's fields checked against its table; a block left out gets its defaults. Also what spans
// blocks: the eval source must have the records the training tasks read.
import type { BlockDecl } from "../../grammar/index.js";
import { closestMany, orList, type DiagnosticBag } from "../../diagnostics/index.js";
import { findBlock, TOP_BLOCKS } from "../schema/blocks.js";
import { isAssignable, show } from "../types/value-types.js";
import { checkBlock, type BlockValues, type FieldContext } from "./block-fields.js";
import type { CheckedSource, CheckedTask } from "./declarations.js";

export function checkTopBlocks(blocks: ReadonlyMap<string, BlockDecl>, ctx: FieldContext): Map<string, BlockValues> {
  const out = new Map<string, BlockValues>();
  for (const [kw, decl] of blocks) {
    if (kw === "verl") continue;
    const spec = findBlock(kw);
    const bag = ctx.bagOf(decl) ?? ctx.bag;
    if (!spec) {
      const near = closestMany(kw, [...TOP_BLOCKS.map((x) => x.keyword), "verl", "let", "model"]);
      bag.error("GL0209", decl.keyword.span, {
        message: `unknown block \`${kw}\``,
        label: "not a block golong knows",
        help: near.length ? `did you mean ${orList(near)}?` : "docs/recipes.md lists the blocks",
      });
      continue;
    }
    const variant = decl.variant?.name;
    if (spec.variants.length === 0 && variant !== undefined) {
      bag.error("GL0209", decl.variant!.span, { message: `\`${kw}\` takes no variant`, label: `\`${variant}\` not expected`, help: `write \`${kw} { ... }\`` });
    } else if (spec.variants.length > 0 && (variant === undefined ? spec.variantRequired : !spec.variants.includes(variant))) {
      const near = variant ? closestMany(variant, spec.variants) : [];
      bag.error("GL0209", decl.variant?.span ?? decl.keyword.span, {
        message: variant ? `unknown ${kw} \`${variant}\`` : `\`${kw}\` needs a variant`,
        label: `expected ${orList(spec.variants)}`,
        help: near.length ? `did you mean ${orList(near)}?` : `write \`${kw} ${spec.variants[0]} { ... }\``,
      });
    }
    out.set(kw, checkBlock(decl, spec, ctx));
  }
  for (const spec of TOP_BLOCKS) if (!out.has(spec.keyword)) out.set(spec.keyword, checkBlock(undefined, spec, ctx));
  return out;
}

/** Eval scores the held-out source with the training tasks: its records must have what they read. */
export function checkEvalSource(evalB: BlockValues, sources: readonly CheckedSource[], tasks: readonly CheckedTask[]): void {
  const on = evalB.fields.get("on");
  if (!on) return;
  const held = sources.find((s) => s.name === on.value);
  if (!held || held.recordType.kind === "error") return;
  for (const trainName of new Set(tasks.map((t) => t.spec.source))) {
    const train = sources.find((s) => s.name === trainName);
    if (!train || train.recordType.kind === "error" || isAssignable(held.recordType, train.recordType)) continue;
    on.bag.error("GL0301", on.span, {
      message: `eval source \`${held.name}\` has records of another type than the tasks read`,
      label: `${show(held.recordType)} is not ${show(train.recordType)}`,
      help: `give \`${held.name}\` the record type of \`${train.name}\``,
    });
    return;
  }
}

/** A declared source no task and no eval reads is a warning: usually a `from` names the wrong one. */
export function checkUnusedSources(evalB: BlockValues, sources: readonly CheckedSource[], tasks: readonly CheckedTask[], bag: DiagnosticBag): void {
  const used = new Set<unknown>([...tasks.map((t) => t.spec.source), evalB.fields.get("on")?.value]);
  for (const s of sources) {
    if (used.has(s.name) || tasks.length === 0) continue;
    bag.warning("GL0610", s.nameSpan, { message: `source \`${s.name}\` is never used`, label: "no task or eval reads it", help: `read it with \`from ${s.name}\` or \`eval { on: ${s.name} }\`, or remove it` });
  }
}
