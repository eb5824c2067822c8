// cli/commands/extract.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "extract",
  summary: "",
  help: "golongc extract: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc extract: not built yet\n");
    return 70;
  },
};
