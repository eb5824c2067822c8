// stdlib/extract/golden-cases.ts — the extractor names and input fields of golden/extractors.jsonl,
// as `golongc extract` reads them (the reference's function and parameter names).
import { z } from "zod";
import { answerArea, answerLines, normalizeAnswers } from "./answer-area.js";
import { lastBoxed } from "./boxed.js";
import { choiceLetter } from "./multi-choice.js";
import { sftContent } from "./sft-content.js";
import { tableAnswer } from "./table-answer.js";

export interface GoldenExtractor {
  readonly name: string;
  readonly input: z.ZodTypeAny;
  run(input: any): unknown;
}

const all: GoldenExtractor[] = [
  { name: "get_answer_area", input: z.object({ text: z.string() }), run: (i) => answerArea(i.text) },
  { name: "normalize_prediction", input: z.object({ prediction: z.string() }), run: (i) => answerLines(i.prediction) },
  { name: "normalize_answers", input: z.object({ answers: z.array(z.string()) }), run: (i) => normalizeAnswers(i.answers) },
  { name: "multi_choice_extract_answer", input: z.object({ response: z.string() }), run: (i) => choiceLetter(i.response) },
  { name: "last_boxed_only_string", input: z.object({ string: z.string() }), run: (i) => lastBoxed(i.string) },
  { name: "retrieval_extract_sft_content", input: z.object({ text: z.string() }), run: (i) => sftContent(i.text) },
  { name: "multitableqa_strip_answer", input: z.object({ text: z.string() }), run: (i) => tableAnswer(i.text) },
];

export const goldenExtractors: ReadonlyMap<string, GoldenExtractor> = new Map(all.map((e) => [e.name, e]));
