// cli/commands/graph.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "graph",
  summary: "",
  help: "golongc graph: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc graph: not built yet\n");
    return 70;
  },
};
