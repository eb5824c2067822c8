// cli/commands/check.ts — `golongc check RECIPE...`: type-checks recipes and prints every diagnostic
// (text on stderr, or JSON on stdout with --format json). Exit 0 clean (warnings allowed), 1 errors.
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT } from "../io.js";
import { fsHost } from "../host.js";
import { compileFile, type Compiled } from "../../compiler/index.js";
import { renderJson, renderText, type Diagnostic, type SourceFile } from "../../diagnostics/index.js";

const HELP = `golongc check: type-check recipes and print diagnostics

usage: golongc check RECIPE... [--format text|json] [--set PATH=VALUE]...

Checks names, types, metric signatures, value ranges, batch and GPU arithmetic, env() variables and
verl keys, without running anything. Diagnostics go to stderr (text) or stdout (--format json: a
JSON array of diagnostics with file, line and column).

options:
  --format text|json   how diagnostics are printed (default text)
  --set PATH=VALUE     override a field, checked like the file (repeatable): --set rollout.n=8
  --help               show this help

Colour only on a terminal; NO_COLOR turns it off, FORCE_COLOR on.

exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad usage, 70 internal error

examples:
  golongc check examples/golongrl-4b-tmn.golong
  golongc check examples/quickstart.golong --set rollout.n=4 --format json
`;

export const command: Command = {
  name: "check",
  summary: "type-check recipes and print diagnostics",
  help: HELP,
  async run(argv, io) {
    const parsed = parseFlags(argv, { format: { type: "string" }, set: { type: "string", multiple: true } });
    if (!parsed.ok) {
      io.stderr(`golongc check: ${parsed.message}\n`);
      return EXIT.usage;
    }
    const format = parsed.values.format ?? "text";
    if (format !== "text" && format !== "json") {
      io.stderr(`golongc check: --format must be text or json, not '${format}'\n`);
      return EXIT.usage;
    }
    if (parsed.positionals.length === 0) {
      io.stderr("golongc check: give at least one recipe, e.g. golongc check examples/quickstart.golong\n");
      return EXIT.usage;
    }
    const host = fsHost(io);
    const overrides: string[] = parsed.values.set ?? [];
    const diagnostics: Diagnostic[] = [];
    const files = new Map<string, SourceFile>();
    for (const path of parsed.positionals) {
      const result = compileFile(path, host, overrides);
      if ("error" in result) {
        io.stderr(`golongc check: ${result.error}\n`);
        return EXIT.usage;
      }
      collect(result, diagnostics, files);
      if (format === "text") io.stderr(renderText(result.diagnostics, result.files, { colour: io.colour }));
    }
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    if (format === "json") io.stdout(renderJson(diagnostics, files));
    else if (diagnostics.length > 0) io.stderr(`${summary(errors, "error")}${warnings ? `, ${summary(warnings, "warning")}` : ""}\n`);
    else io.stderr(`${parsed.positionals.length === 1 ? parsed.positionals[0] : `${parsed.positionals.length} recipes`}: no errors\n`);
    return errors > 0 ? EXIT.inputErrors : EXIT.ok;
  },
};

function collect(c: Compiled, into: Diagnostic[], files: Map<string, SourceFile>): void {
  into.push(...c.diagnostics);
  for (const [k, v] of c.files) files.set(k, v);
}

const summary = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
