// grammar/chevrotain.ts — chevrotain, loaded from the single-file bundle it ships (same version, same
// API). Its package entry pulls in hundreds of modules (lodash-es): about 0.7 s of `golongc check`'s
// cold start on this machine, against about 0.05 s for the bundle (bench/parse.mjs measures both).
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type * as Chevrotain from "chevrotain";

async function load(): Promise<typeof Chevrotain> {
  try {
    // the entry resolves to .../chevrotain/lib/src/api.js; the bundle is .../chevrotain/lib/chevrotain.mjs
    const entry = pathToFileURL(createRequire(import.meta.url).resolve("chevrotain"));
    return (await import(new URL("../chevrotain.mjs", entry).href)) as typeof Chevrotain;
  } catch {
    return await import("chevrotain");
  }
}

const chevrotain = await load();

export const { CstParser, createToken, EOF, Lexer } = chevrotain;
export type { CstNode, IParserErrorMessageProvider, IRecognitionException, IToken, TokenType } from "chevrotain";
