// cli/main.ts — golongc's dispatcher: picks the subcommand, turns a crash into exit 70.
import { EXIT, processIo, type Io } from "./io.js";
import { commands } from "./commands/index.js";
// suggest.js alone, not the folder's index: every command starts here, and the catalog and renderers
// would add ~15 ms to commands that never print a diagnostic.
import { closest } from "../diagnostics/suggest.js";

const VERSION = "0.1.0";

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "golongc: compiler and runtime for .golong long-context RL recipes",
    "",
    "usage: golongc <command> [options]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `golongc <command> --help` for a command's options and an example.",
    "",
  ].join("\n");
}

export async function runCli(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`golongc ${VERSION}\n`);
    return EXIT.ok;
  }
  const found = commands.find((c) => c.name === name);
  if (!found) {
    const guess = closest(name, commands.map((c) => c.name));
    io.stderr(`golongc: unknown command '${name}'${guess ? `; did you mean '${guess}'?` : ""}\n`);
    return EXIT.usage;
  }
  try {
    const command = await found.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(command.help.endsWith("\n") ? command.help : command.help + "\n");
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (e) {
    const err = e as Error;
    io.stderr(`golongc: internal error, please report it with the recipe and command that caused it\n${err?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}
