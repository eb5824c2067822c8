// grammar/tokens.ts — the token types. golong has its own hand-written lexer (lexer.ts); these
// chevrotain token types only label its tokens for the parser, so none has a pattern.
import { createToken, Lexer, type IToken, type TokenType } from "./chevrotain.js";

/** A token of the golong lexer: chevrotain's IToken plus layout facts the grammar needs. */
export interface Token extends IToken {
  endOffset: number;
  /** A line break (or the start of the file) lies between the previous token and this one. */
  nl: boolean;
  /** Preceded by a line break, a `,`, or an opening `{ ( [`: a field may start here. */
  sep: boolean;
  /** Follows a run of unexpected characters (already reported): a parse error here is its echo. */
  afterBad?: boolean;
}

/** A token of `type` covering `[start, end)`; `image` is its text ("" for one the parser's recovery
 *  inserts). Line and column stay NaN: they are computed only when a diagnostic is rendered. */
export function makeToken(type: TokenType, image: string, start: number, end: number, nl: boolean, sep: boolean): Token {
  return {
    image,
    startOffset: start,
    endOffset: end - 1,
    startLine: NaN,
    startColumn: NaN,
    endLine: NaN,
    endColumn: NaN,
    tokenTypeIdx: type.tokenTypeIdx!,
    tokenType: type,
    nl,
    sep,
  };
}

const na = Lexer.NA;

/** Anything that can be a field key or a part after a dot: identifiers and keywords. */
export const AnyName = createToken({ name: "AnyName", pattern: na, label: "a name" });
export const Identifier = createToken({ name: "Identifier", pattern: na, label: "a name", categories: [AnyName] });

const keyword = (word: string): TokenType =>
  createToken({ name: word[0].toUpperCase() + word.slice(1), pattern: na, label: `\`${word}\``, categories: [AnyName] });

export const Recipe = keyword("recipe");
export const Import = keyword("import");
export const Model = keyword("model");
export const Source = keyword("source");
export const Type = keyword("type");
export const Task = keyword("task");
export const Tasks = keyword("tasks");
export const Gate = keyword("gate");
export const From = keyword("from");
export const Where = keyword("where");
export const Reward = keyword("reward");
export const In = keyword("in");
export const Not = keyword("not");
export const And = keyword("and");
export const Or = keyword("or");
export const True = keyword("true");
export const False = keyword("false");

export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map([
  Recipe, Import, Model, Source, Type, Task, Tasks, Gate, From, Where, Reward, In, Not, And, Or, True, False,
].map((t) => [t.name.toLowerCase(), t]));

/** Keywords that start a top-level declaration (the parser re-syncs at them). */
export const DECLARATION_KEYWORDS: ReadonlySet<TokenType> = new Set([Recipe, Import, Model, Source, Type, Task, Tasks, Gate]);

export const NumberLiteral = createToken({ name: "NumberLiteral", pattern: na, label: "a number" });
export const StringLiteral = createToken({ name: "StringLiteral", pattern: na, label: "a string" });

const punct = (name: string, text: string): TokenType => createToken({ name, pattern: na, label: `\`${text}\`` });

export const LBrace = punct("LBrace", "{");
export const RBrace = punct("RBrace", "}");
export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const LBracket = punct("LBracket", "[");
export const RBracket = punct("RBracket", "]");
export const Less = punct("Less", "<");
export const Greater = punct("Greater", ">");
export const LessEq = punct("LessEq", "<=");
export const GreaterEq = punct("GreaterEq", ">=");
export const EqEq = punct("EqEq", "==");
export const NotEq = punct("NotEq", "!=");
export const Equals = punct("Equals", "=");
export const Colon = punct("Colon", ":");
export const Comma = punct("Comma", ",");
export const Dot = punct("Dot", ".");
export const DotDot = punct("DotDot", "..");
export const Question = punct("Question", "?");
export const Plus = punct("Plus", "+");
export const Minus = punct("Minus", "-");
export const Star = punct("Star", "*");
export const Slash = punct("Slash", "/");
export const Percent = punct("Percent", "%");

export const allTokens: TokenType[] = [
  AnyName, Identifier, ...KEYWORDS.values(), NumberLiteral, StringLiteral,
  LBrace, RBrace, LParen, RParen, LBracket, RBracket, Less, Greater, LessEq, GreaterEq, EqEq, NotEq,
  Equals, Colon, Comma, Dot, DotDot, Question, Plus, Minus, Star, Slash, Percent,
];

export const OPENERS: ReadonlyMap<TokenType, TokenType> = new Map([[LBrace, RBrace], [LParen, RParen], [LBracket, RBracket]]);
export const CLOSERS: ReadonlyMap<TokenType, TokenType> = new Map([[RBrace, LBrace], [RParen, LParen], [RBracket, LBracket]]);
