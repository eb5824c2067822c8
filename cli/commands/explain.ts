// cli/commands/explain.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "explain",
  summary: "",
  help: "golongc explain: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc explain: not built yet\n");
    return 70;
  },
};
