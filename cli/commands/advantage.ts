// cli/commands/advantage.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "advantage",
  summary: "",
  help: "golongc advantage: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc advantage: not built yet\n");
    return 70;
  },
};
