// cli/commands/score.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "score",
  summary: "",
  help: "golongc score: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc score: not built yet\n");
    return 70;
  },
};
