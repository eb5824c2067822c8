// grammar/parse.ts — parseRecipe: lex, split into declarations, parse each with the one chevrotain
// parser, build the AST. Syntax diagnostics go to the bag; nothing here throws on any input.
import { EOF, type IRecognitionException } from "./chevrotain.js";
import type { DiagnosticBag, SourceFile, Span } from "../diagnostics/index.js";
import type * as A from "./ast.js";
import { AstBuilder } from "./cst-to-ast.js";
import { splitDeclarations, TOP_LEVEL_BLOCKS, type DeclarationTokens } from "./declarations.js";
import { describeChar, lex } from "./lexer.js";
import { describe, golongParser } from "./parser.js";
import { CappedReporter, MAX_SYNTAX_ERRORS, type SyntaxReporter } from "./reporter.js";
import * as T from "./tokens.js";
import type { Token } from "./tokens.js";

export { MAX_SYNTAX_ERRORS };

export function parseRecipe(file: SourceFile, bag: DiagnosticBag): A.Recipe {
  const reporter = new CappedReporter(bag);
  const { tokens, comments, strings, unterminated, badStrings } = lex(file.text, reporter);
  const decls = splitDeclarations(tokens, file.text, reporter, unterminated);
  const parser = golongParser();
  const items: A.Decl[] = [];
  const reported = new Set<number>();

  for (const decl of decls) {
    const first = decl.tokens[0];
    if (!startsDeclaration(decl)) {
      reportNotADeclaration(decl, reporter);
      continue;
    }
    if (misspeltKeyword(decl, reporter)) continue;
    parser.input = decl.tokens;
    const cst = parser.declaration();
    const errors = parser.errors;
    const missingSeparators = parser.missingSeparators;
    const end = lastEnd(decl);
    const cut = unterminatedCut(decl, unterminated, file.text);
    for (const e of errors) {
      if ((e.token as Token | undefined)?.afterBad) continue;
      const span = errorSpan(e, end);
      if (span.start >= cut.start && span.start <= cut.end) { reporter.damage.push(span.start); continue; }
      if (decl.quietFrom < Infinity || reported.has(span.start)) continue;
      reported.add(span.start);
      reportParseError(e, span, reporter, decl.tokens);
    }
    for (const t of missingSeparators) {
      if (t.startOffset >= decl.quietFrom || reported.has(t.startOffset)) continue;
      reported.add(t.startOffset);
      reporter.error("GL0111", { start: t.startOffset, end: t.endOffset + 1 }, {
        message: `missing \`,\` or line break before ${describeToken(t)}`,
        label: "a new field starts here",
        help: "separate fields with a comma or put each on its own line",
      });
    }
    const built = new AstBuilder(reporter, strings, badStrings, reporter.damage, first.startOffset).declaration(cst);
    if (built) items.push(built);
  }
  if (reporter.dropped > 0 && reporter.firstDropped) {
    const at = reporter.firstDropped;
    bag.error("GL0114", { start: at.start, end: Math.max(at.end, at.start + 1) }, {
      message: `too many syntax errors; ${reporter.dropped} more not shown`,
      label: "errors from here on are not shown",
      help: "fix the first errors and check again; is this a .golong recipe?",
    });
  }
  const header = items.find((d): d is A.RecipeNameDecl => d.kind === "recipe_name");
  return {
    kind: "recipe",
    span: { start: 0, end: file.text.length },
    path: file.path,
    ...(header ? { name: header.name } : {}),
    items,
    comments,
  };
}

/** From an unterminated string to the end of its line (or of the declaration, if that comes first):
 *  parse errors there are echoes of the GL0102. */
function unterminatedCut(d: DeclarationTokens, unterminated: ReadonlySet<Token>, text: string): { start: number; end: number } {
  if (unterminated.size === 0) return { start: Infinity, end: -1 };
  const s = d.tokens.find((t) => unterminated.has(t));
  if (!s) return { start: Infinity, end: -1 };
  return { start: s.startOffset + 1, end: Math.max(s.endOffset + 1, lastEnd(d)) };
}

function startsDeclaration(d: DeclarationTokens): boolean {
  const [a, b] = d.tokens;
  if (T.DECLARATION_KEYWORDS.has(a.tokenType)) return true;
  return a.tokenType === T.Identifier && b?.tokenType !== T.Colon && b?.tokenType !== T.Equals;
}

function reportNotADeclaration(d: DeclarationTokens, bag: SyntaxReporter): void {
  const [a, b] = d.tokens;
  const span = { start: a.startOffset, end: a.endOffset + 1 };
  if (a.tokenType === T.Identifier || T.KEYWORDS.has(a.image)) {
    if (b?.tokenType === T.Colon || b?.tokenType === T.Equals) {
      bag.error("GL0112", span, {
        message: `field \`${a.image}\` outside any block`,
        label: "a field must be inside a block",
        help: `move it into the block it belongs to, such as \`rollout { ${a.image}: ... }\``,
      });
      return;
    }
  }
  bag.error("GL0112", span, {
    message: `expected a declaration, found ${describeToken(a)}`,
    label: "a declaration starts with `recipe`, `import`, `model`, `source`, `type`, `task`, `tasks`, `gate` or a block name",
  });
}

function describeToken(t: Token): string {
  return t.image.length === 1 ? describeChar(t.image) : describe(t);
}

function lastEnd(d: DeclarationTokens): number {
  for (let i = d.tokens.length - 1; i >= 0; i--) if (d.tokens[i].image !== "") return d.tokens[i].endOffset + 1;
  return d.tokens[0].startOffset;
}

function errorSpan(e: IRecognitionException, declEnd: number): Span {
  const t = e.token as Token | undefined;
  if (!t || t.tokenType === EOF || Number.isNaN(t.startOffset) || t.image === "") {
    const at = t && !Number.isNaN(t.startOffset) && t.image === "" ? t.startOffset : declEnd;
    return { start: at, end: at };
  }
  return { start: t.startOffset, end: t.endOffset + 1 };
}

/** `tsak ranking {`, `modle policy {`: a misspelt declaration keyword, not an unknown block (which
 *  would drown in errors about its task clauses). Reported once; the declaration is skipped. */
function misspeltKeyword(d: DeclarationTokens, bag: SyntaxReporter): boolean {
  const [a, b] = d.tokens;
  if (a.tokenType !== T.Identifier || b?.tokenType !== T.Identifier || TOP_LEVEL_BLOCKS.has(a.image)) return false;
  const keywords = [...T.DECLARATION_KEYWORDS].map((k) => k.name.toLowerCase());
  // one slip (a typo or two swapped letters) in a word of 4 letters or more: short words are too
  // often real block names that happen to be near a keyword
  const guess = a.image.length >= 4 ? keywords.find((k) => typoDistance(a.image, k) === 1) : undefined;
  if (!guess) return false;
  bag.error("GL0112", { start: a.startOffset, end: a.endOffset + 1 }, {
    message: `unknown declaration \`${a.image}\``,
    label: `did you mean \`${guess}\`?`,
    help: `write \`${guess} ${b.image} ...\``,
  });
  return true;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`tsak` -> `task` is 1). */
function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function reportParseError(e: IRecognitionException, span: Span, bag: SyntaxReporter, tokens: readonly Token[]): void {
  const atEnd = span.start === span.end;
  const t = e.token as Token | undefined;
  // `temperature 1.0`: a field that lost its colon
  if (t && e.name === "NoViableAltException" && e.message.startsWith("expected a field")) {
    const next = tokens[tokens.indexOf(t) + 1];
    if (next && !next.nl && VALUE_START.has(next.tokenType)) {
      bag.error("GL0107", span, {
        message: `expected \`:\` after \`${t.image}\``,
        label: "a field name without `:`",
        help: `a field is written \`key: value\`: \`${t.image}: ${next.image}\``,
      });
      return;
    }
  }
  const help = helpFor(e, t);
  bag.error("GL0107", span, {
    message: e.message,
    label: e.name === "NotAllInputParsedException" ? "not part of the declaration" : atEnd ? "expected more here" : "unexpected here",
    ...(help ? { help } : {}),
  });
}

const VALUE_START: ReadonlySet<unknown> = new Set([T.NumberLiteral, T.StringLiteral, T.Identifier, T.True, T.False, T.LBracket, T.Minus]);

function helpFor(e: IRecognitionException, t: Token | undefined): string | undefined {
  if (e.name === "NotAllInputParsedException") return "each declaration starts on its own line";
  if (!t || t.image === "") return undefined;
  if (e.message.startsWith("expected `:`") && t.tokenType !== T.Colon) return "a field is written `key: value`";
  const valueStart = t.tokenType === T.NumberLiteral || t.tokenType === T.StringLiteral || t.tokenType === T.Identifier || t.tokenType === T.LBracket;
  if (e.message.startsWith("expected `,` or `]`") && valueStart) return "separate list items with `,`";
  if (e.message.startsWith("expected `,` or `)`") && valueStart) return "separate arguments with `,`";
  if (e.message.startsWith("expected a value") && T.KEYWORDS.has(t.image) && t.tokenType !== T.True && t.tokenType !== T.False && t.tokenType !== T.Not)
    return `\`${t.image}\` is a keyword; to use it as text, quote it: "${t.image}"`;
  return undefined;
}
