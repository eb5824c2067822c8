// cli/args.ts — flag parsing for every subcommand: node's parseArgs, plus "did you mean" for an
// unknown flag. A usage mistake is a value (exit 2), never an exception.
import { parseArgs, type ParseArgsConfig } from "node:util";
// suggest.js alone, not the folder's index: every command starts here, and the catalog and renderers
// would add ~15 ms to commands that never print a diagnostic.
import { closest } from "../diagnostics/suggest.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export type Parsed<O extends Options> =
  | { ok: true; values: Record<keyof O, any>; positionals: string[] }
  | { ok: false; message: string };

export function parseFlags<O extends Options>(argv: string[], options: O, allowPositionals = true): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals, strict: true });
    return { ok: true, values: values as unknown as Record<keyof O, any>, positionals };
  } catch (e) {
    const message = (e as Error).message;
    const m = /Unknown option '(-{1,2}[^']+)'/.exec(message);
    if (m) {
      const known = Object.keys(options).map((k) => `--${k}`);
      const guess = closest(m[1].split("=")[0], known);
      return { ok: false, message: `unknown flag ${m[1]}${guess ? `; did you mean ${guess}?` : ""}` };
    }
    return { ok: false, message: message.replace(/\. To specify.*$/s, "") };
  }
}
