// cli/commands/graph.ts — `golongc graph RECIPE`: the recipe's execution graph (the IR) as JSON,
// Graphviz dot or Mermaid on stdout; diagnostics on stderr. Exit 1 when the recipe has errors.
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT } from "../io.js";
import { compileRecipe } from "../compile-recipe.js";
import { printDot, printMermaid } from "../../compiler/index.js";

const HELP = `golongc graph: print a recipe's execution graph

usage: golongc graph RECIPE [--format json|dot|mermaid] [--set PATH=VALUE]...

Compiles the recipe and prints its execution graph: sources, the task filter, rollout, verify,
gates, dynamic sampling, advantage, update, weight sync, eval and checkpoint nodes with every
setting, and the typed edges between them. JSON is the IR itself (compiler/ir.ts).

options:
  --format json|dot|mermaid   output format (default json)
  --set PATH=VALUE            override a field (repeatable): --set advantage.smooth_alpha=0.5
  --help                      show this help

examples:
  golongc graph examples/golongrl-4b-tmn.golong --format dot | dot -Tsvg > graph.svg
  golongc graph examples/quickstart.golong --format mermaid
`;

export const command: Command = {
  name: "graph",
  summary: "print a recipe's execution graph (json, dot, mermaid)",
  help: HELP,
  async run(argv, io) {
    const parsed = parseFlags(argv, { format: { type: "string" }, set: { type: "string", multiple: true } });
    if (!parsed.ok) {
      io.stderr(`golongc graph: ${parsed.message}\n`);
      return EXIT.usage;
    }
    const format = parsed.values.format ?? "json";
    if (!["json", "dot", "mermaid"].includes(format)) {
      io.stderr(`golongc graph: --format must be json, dot or mermaid, not '${format}'\n`);
      return EXIT.usage;
    }
    if (parsed.positionals.length !== 1) {
      io.stderr("golongc graph: give exactly one recipe, e.g. golongc graph examples/quickstart.golong\n");
      return EXIT.usage;
    }
    const g = compileRecipe(parsed.positionals[0], parsed.values.set ?? [], io, (error) => {
      io.stderr(`golongc graph: ${error}\n`);
      return EXIT.usage;
    });
    if (typeof g === "number") return g;
    io.stdout(format === "json" ? JSON.stringify(g, null, 2) + "\n" : format === "dot" ? printDot(g) : printMermaid(g));
    return EXIT.ok;
  },
};
