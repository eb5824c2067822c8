// cli/commands/extract.ts — `golongc extract`: one answer extractor per JSON line ({"id", "extractor",
// <inputs>}) → {"id", "value"}, with the reference's extractor names.
import { goldenExtractors } from "../../stdlib/index.js";
import { parseFlags } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../io.js";
import { LineError, runJsonLines } from "../jsonl.js";
import { parseInput, stringField } from "./score.js";

export const command: Command = {
  name: "extract",
  summary: "run answer extractors (JSON lines)",
  help: `golongc extract: run the reference-named answer extractors (JSON lines)

usage: golongc extract [--input FILE]

Reads JSON lines {"id", "extractor", <inputs>} from FILE (or standard input) and prints {"id", "value"}
per line. Extractors (the reference's names) and their input field:
  get_answer_area (text), normalize_prediction (prediction), normalize_answers (answers: string[]),
  multi_choice_extract_answer (response), last_boxed_only_string (string),
  retrieval_extract_sft_content (text), multitableqa_strip_answer (text)

example:
  echo '{"id":"e1","extractor":"get_answer_area","text":"think... [Answer] Paris "}' | golongc extract
  {"id":"e1","value":"Paris"}
`,
  async run(argv, io) {
    const flags = parseFlags(argv, { input: { type: "string" } }, false);
    if (!flags.ok) {
      io.stderr(`golongc extract: ${flags.message}\n`);
      return EXIT.usage;
    }
    return runJsonLines(flags.values.input, io, (record) => {
      const name = stringField(record, "extractor", goldenExtractors.keys());
      const extractor = goldenExtractors.get(name);
      if (!extractor) throw new LineError(`unknown extractor "${name}" (one of ${[...goldenExtractors.keys()].join(", ")})`);
      return { id: record.id ?? null, value: extractor.run(parseInput(extractor.input, record, name)) };
    });
  },
};
