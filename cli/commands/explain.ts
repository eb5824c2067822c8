// cli/commands/explain.ts — `golongc explain GL0123`: a diagnostic code's title and explanation, from
// the catalog; `--list` prints every code. An unknown code gets "did you mean" and exit 2.
import type { Command } from "../command.js";
import { parseFlags } from "../args.js";
import { EXIT } from "../io.js";
import { catalog, closest, lookupCode } from "../../diagnostics/index.js";

const HELP = `golongc explain: explain a diagnostic code

usage: golongc explain CODE
       golongc explain --list

Prints the code's title and a longer explanation: why it is an error and how to fix it.

options:
  --list   print every code with its title, one a line
  --help   show this help

example:
  golongc explain GL0106
`;

/** Wraps a paragraph at `width` columns, keeping words whole. */
function wrap(text: string, width = 88): string {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) { out.push(line); line = word; }
      else line = line ? `${line} ${word}` : word;
    }
    out.push(line, "");
  }
  return out.join("\n");
}

export const command: Command = {
  name: "explain",
  summary: "explain a diagnostic code (golongc explain GL0502)",
  help: HELP,
  async run(argv, io) {
    const parsed = parseFlags(argv, { list: { type: "boolean" } });
    if (!parsed.ok) {
      io.stderr(`golongc explain: ${parsed.message}\n`);
      return EXIT.usage;
    }
    if (parsed.values.list) {
      io.stdout(catalog.codes.map((c) => `${c.code}  ${c.title}${c.retired ? " (retired)" : ""}\n`).join(""));
      return EXIT.ok;
    }
    if (parsed.positionals.length !== 1) {
      io.stderr("golongc explain: expected one code, such as `golongc explain GL0106` (or --list)\n");
      return EXIT.usage;
    }
    const asked = parsed.positionals[0].trim();
    const normal = /^\d{1,4}$/.test(asked) ? `GL${asked.padStart(4, "0")}` : asked.toUpperCase();
    const info = lookupCode(normal);
    if (!info) {
      const guess = closest(normal, catalog.codes.map((c) => c.code));
      io.stderr(`golongc explain: no diagnostic code ${asked}${guess ? `; did you mean ${guess}?` : ""}\n` +
        "run `golongc explain --list` to see every code\n");
      return EXIT.usage;
    }
    io.stdout(`${info.code}: ${info.title}${info.retired ? " (retired)" : ""}\n\n${wrap(info.explanation)}`);
    return EXIT.ok;
  },
};
