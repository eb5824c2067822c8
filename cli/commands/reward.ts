// cli/commands/reward.ts — placeholder until the command is built.
import type { Command } from "../command.js";

export const command: Command = {
  name: "reward",
  summary: "",
  help: "golongc reward: not built yet\n",
  async run(_argv, io) {
    io.stderr("golongc reward: not built yet\n");
    return 70;
  },
};
