// cli/commands/check.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "check",
  summary: "",
  help: "golongc check: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc check: not built yet\n");
    return 70;
  },
};
