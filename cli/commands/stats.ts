// cli/commands/stats.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "stats",
  summary: "",
  help: "golongc stats: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc stats: not built yet\n");
    return 70;
  },
};
