// compiler/names/module-rules.ts — what every module declares is checked once, used or not (types,
// constant `let` values), and an imported module holds only types, lets, tasks and gate definitions.
import type { Expr } from "../../grammar/index.js";
import type { Span } from "../../diagnostics/index.js";
import { resolveDecl } from "../types/type-exprs.js";
import { typeRecordExpr } from "../types/record-exprs.js";
import type { Program } from "./scope.js";

export function checkModules(program: Program): void {
  for (const scope of program.scopes.values()) {
    for (const t of scope.types.values()) resolveDecl(t, scope);
    for (const l of scope.lets.values()) if (isConstant(l.value)) typeRecordExpr(l.value, scope, {});
    if (scope === program.main) continue;
    const onlyInRecipe = (span: Span, what: string) =>
      scope.module.bag.error("GL0209", span, { message: `an imported module cannot hold ${what}`, label: "only in the recipe", help: "modules declare types, let values, tasks and gates" });
    for (const b of scope.blocks.values()) onlyInRecipe(b.keyword.span, `a \`${b.keyword.name}\` block`);
    if (scope.model) onlyInRecipe(scope.model.name.span, "a model");
    for (const src of scope.sources.values()) onlyInRecipe(src.name.span, "a source");
    for (const t of scope.taskSets) onlyInRecipe(t.preset.span, "a `tasks` line");
    for (const g of scope.gateUses) if (!g.body) onlyInRecipe(g.name.span, "a gate without a definition");
  }
}

/** A let whose value reads no record (a list, a string) is checked where it is declared; one that
 *  reads a record (`truth: reward_model.ground_truth`) is checked where it is used. */
function isConstant(e: Expr): boolean {
  return e.kind === "list" || e.kind === "string" || e.kind === "number" || e.kind === "bool";
}
