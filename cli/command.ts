// cli/command.ts — the shape of one subcommand. Each lives in cli/commands/<name>.ts and is loaded
// only when called, so `golongc check` does not pay for the runtime's or the stdlib's imports.
import type { Io } from "./io.js";

export interface Command {
  name: string;
  /** One line for `golongc --help`. */
  summary: string;
  /** The whole `golongc <name> --help` text, with at least one example. */
  help: string;
  /** Returns the exit code: 0 clean, 1 errors in the input, 2 bad usage, 70 internal error. */
  run(argv: string[], io: Io): Promise<number>;
}
