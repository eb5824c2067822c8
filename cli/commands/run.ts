// cli/commands/run.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "run",
  summary: "",
  help: "golongc run: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc run: not built yet\n");
    return 70;
  },
};
