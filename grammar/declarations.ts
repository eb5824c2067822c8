// grammar/declarations.ts — splits the tokens into top-level declarations (the parser re-syncs at
// each, so one mistake never hides the next) and balances brackets: each unclosed or stray one is
// reported once (GL0108/GL0109), and nesting is capped at MAX_DEPTH (GL0110) to protect the stack.
import type { TokenType } from "./chevrotain.js";
import type { SyntaxReporter } from "./reporter.js";
import * as T from "./tokens.js";
import { makeToken, type Token } from "./tokens.js";

export const MAX_DEPTH = 64;

export interface DeclarationTokens {
  readonly tokens: Token[];
  /** Finite when the nesting limit cut this declaration (at this offset): its parse errors are echoes
   *  of the GL0110 and are not reported. */
  readonly quietFrom: number;
}

/** A token after which the declaration obviously goes on, even across a line break. */
const CONTINUES: ReadonlySet<TokenType> = new Set([
  T.Equals, T.Colon, T.Comma, T.Dot, T.DotDot, T.Plus, T.Minus, T.Star, T.Slash, T.Less, T.Greater,
  T.LessEq, T.GreaterEq, T.EqEq, T.NotEq, T.Where, T.From, T.In, T.Not, T.And, T.Or, T.Reward,
]);

/** Blocks that only appear at the top level (docs/recipes.md): at column 0 inside an unclosed block,
 *  one of them starts the next declaration even in a file written without indentation. Recovery
 *  only: the parser accepts any block name. */
export const TOP_LEVEL_BLOCKS: ReadonlySet<string> = new Set([
  "rollout", "sampling", "advantage", "update", "train", "cluster", "eval", "warmup", "verl", "let", "logging", "checkpoint",
  "val", "importance_sampling", "overlong", "verify",
]);

const text = (t: TokenType) => (t === T.RBrace ? "}" : t === T.RParen ? ")" : t === T.RBracket ? "]" : t === T.LBrace ? "{" : t === T.LParen ? "(" : "[");

export function splitDeclarations(
  all: readonly Token[],
  source: string,
  bag: SyntaxReporter,
  /** Strings missing their closing quote: a bracket they swallowed is not reported again. */
  unterminated: ReadonlySet<Token> = new Set(),
): DeclarationTokens[] {
  const out: DeclarationTokens[] = [];
  let cur: Token[] = [];
  let stack: Token[] = [];
  let stackAt: number[] = []; // index of each opener in `cur`
  let quietFrom = Infinity;
  let chunkIndented = false; // some line of the current declaration starts indented
  let skipDepth = 0; // > 0 while dropping an over-deep bracketed region
  let skipLine = false; // dropping the rest of a line after an over-deep generic type
  let unaryRun = 0;
  let angleRun = 0;

  const atColumn0 = (t: Token) => t.startOffset === 0 || source.charCodeAt(t.startOffset - 1) === 10 || source.charCodeAt(t.startOffset - 1) === 13;
  const tooDeep = (t: Token, what: string) => {
    if (quietFrom === Infinity) {
      bag.error("GL0110", { start: t.startOffset, end: t.endOffset + 1 }, {
        message: `${what} nested more than ${MAX_DEPTH} deep`,
        label: "too deep from here on; this part is skipped",
      });
    }
    quietFrom = Math.min(quietFrom, t.startOffset);
  };
  const indentOf = (offset: number) => {
    let a = offset;
    while (a > 0 && source.charCodeAt(a - 1) !== 10 && source.charCodeAt(a - 1) !== 13) a--;
    let b = a;
    while (b < offset && (source.charCodeAt(b) === 32 || source.charCodeAt(b) === 9)) b++;
    return b - a;
  };
  /** Closes the openers above `keep` on the stack with virtual closers, each placed before the first
   *  later line indented no deeper than the opener's line (where the user most likely forgot it). */
  const closeOpeners = (keep: number, onUnclosed: (opener: Token) => void) => {
    let minPos = 0;
    for (let k = stack.length - 1; k >= keep; k--) {
      const opener = stack[k];
      const indent = indentOf(opener.startOffset);
      let pos = cur.length;
      let j = stackAt[k] + 1;
      while (j < cur.length && !cur[j].nl) j++;
      // only a file that indents its blocks tells where this one should have ended
      if (j < cur.length && indentOf(cur[j].startOffset) > indent) {
        for (j = Math.max(j, minPos); j < cur.length; j++) {
          if (cur[j].nl && indentOf(cur[j].startOffset) <= indent) { pos = j; break; }
        }
      }
      pos = Math.max(pos, minPos);
      const prev = cur[pos - 1];
      onUnclosed(opener);
      cur.splice(pos, 0, virtualToken(T.OPENERS.get(opener.tokenType)!, prev ? prev.endOffset + 1 : opener.startOffset));
      minPos = pos + 1;
    }
    stack.length = keep;
    stackAt.length = keep;
  };
  const close = (next?: Token) => {
    if (cur.length === 0) { stack = []; stackAt = []; return; }
    const swallowed = unterminated.size > 0 && cur.some((x) => unterminated.has(x));
    closeOpeners(0, (opener) => {
      if (quietFrom === Infinity && !swallowed) {
        const ch = text(opener.tokenType);
        bag.error("GL0108", { start: opener.startOffset, end: opener.endOffset + 1 }, {
          message: `unclosed \`${ch}\``,
          label: `this \`${ch}\` is never closed`,
          ...(next ? { related: [{ span: { start: next.startOffset, end: next.endOffset + 1 }, label: "the next declaration starts here" }] } : {}),
          help: `add \`${text(T.OPENERS.get(opener.tokenType)!)}\` where the ${ch === "{" ? "block" : ch === "(" ? "parentheses end" : "list"} ends`,
        });
      }
    });
    out.push({ tokens: cur, quietFrom });
    cur = [];
    stack = [];
    stackAt = [];
    quietFrom = Infinity;
    chunkIndented = false;
  };

  for (let k = 0; k < all.length; k++) {
    const t = all[k];
    const type = t.tokenType;
    if (skipLine) { if (!t.nl) continue; skipLine = false; }
    if (skipDepth > 0) {
      if (T.OPENERS.has(type)) skipDepth++;
      else if (T.CLOSERS.has(type)) skipDepth--;
      continue;
    }
    if (t.nl && cur.length > 0 && startsDeclaration(t, k)) close(t);
    if (t.nl && !atColumn0(t)) chunkIndented = true;

    if (type === T.Not || type === T.Minus) {
      if (++unaryRun > MAX_DEPTH) { if (unaryRun === MAX_DEPTH + 1) tooDeep(t, "prefix operators"); continue; }
    } else unaryRun = 0;
    if (type === T.Less && cur.length > 0 && cur[cur.length - 1].tokenType === T.Identifier) {
      if (++angleRun > MAX_DEPTH) { tooDeep(t, "types"); skipLine = true; angleRun = 0; continue; }
    } else if (type !== T.Identifier && type !== T.Less && type !== T.Dot) angleRun = 0;

    if (T.OPENERS.has(type)) {
      if (stack.length >= MAX_DEPTH) { tooDeep(t, "brackets and blocks"); skipDepth = 1; continue; }
      stack.push(t);
      stackAt.push(cur.length);
      cur.push(t);
      continue;
    }
    const opens = T.CLOSERS.get(type);
    if (opens) {
      const at = stack.map((s) => s.tokenType).lastIndexOf(opens);
      if (at < 0) {
        const top = stack[stack.length - 1];
        // a wrong closer stands for the right one, unless the right one still comes (then it is stray)
        const replaces = top !== undefined && nextCloser(k + 1) !== T.OPENERS.get(top.tokenType);
        if (quietFrom === Infinity) {
          bag.error("GL0109", { start: t.startOffset, end: t.endOffset + 1 }, {
            message: replaces ? `mismatched closing delimiter \`${t.image}\`` : `unmatched closing delimiter \`${t.image}\``,
            label: replaces ? `does not close the \`${top.image}\`` : "nothing is open here for it to close",
            ...(replaces ? { related: [{ span: { start: top.startOffset, end: top.endOffset + 1 }, label: `this \`${top.image}\` is still open` }] } : {}),
            help: replaces ? `close the \`${top.image}\` with \`${text(T.OPENERS.get(top.tokenType)!)}\`` : "remove it",
          });
        }
        if (replaces) {
          cur.push({ ...virtualToken(T.OPENERS.get(top.tokenType)!, t.startOffset), endOffset: t.endOffset, image: t.image });
          stack.length--;
          stackAt.length--;
        } else if (k + 1 < all.length) {
          all[k + 1].afterBad = true;
        }
        continue;
      }
      closeOpeners(at + 1, (opener) => {
        const ch = text(opener.tokenType);
        if (quietFrom === Infinity) {
          bag.error("GL0108", { start: opener.startOffset, end: opener.endOffset + 1 }, {
            message: `unclosed \`${ch}\``,
            label: `this \`${ch}\` is never closed`,
            related: [{ span: { start: t.startOffset, end: t.endOffset + 1 }, label: `the enclosing \`${text(opens)}\` closes here` }],
            help: `add \`${text(T.OPENERS.get(opener.tokenType)!)}\` where the ${ch === "{" ? "block" : ch === "(" ? "parentheses end" : "list"} ends`,
          });
        }
      });
      stack.length = at;
      stackAt.length = at;
      cur.push(t);
      continue;
    }
    cur.push(t);
  }
  close();
  return out;

  /** The type of the first closer at bracket depth 0 from `k` on, within 2,000 tokens. */
  function nextCloser(k: number): TokenType | undefined {
    let depth = 0;
    for (let j = k; j < all.length && j < k + 2000; j++) {
      const type = all[j].tokenType;
      if (T.OPENERS.has(type)) depth++;
      else if (T.CLOSERS.has(type)) { if (depth === 0) return type; depth--; }
    }
    return undefined;
  }

  function startsDeclaration(t: Token, k: number): boolean {
    const prev = cur[cur.length - 1];
    if (CONTINUES.has(prev.tokenType)) return false;
    const type = t.tokenType;
    const next = all[k + 1]?.tokenType;
    if (stack.length === 0) return type === T.Identifier || (T.DECLARATION_KEYWORDS.has(type) && next !== T.Colon);
    if (!atColumn0(t)) return false;
    if (T.DECLARATION_KEYWORDS.has(type)) return next !== T.Colon;
    // an unindented `name {` or `name variant {` in a declaration whose lines are indented: the
    // declaration lost its `}` (in a file written without indentation, nested blocks stay nested)
    return type === T.Identifier && (chunkIndented || TOP_LEVEL_BLOCKS.has(t.image)) &&
      (next === T.LBrace || (next === T.Identifier && all[k + 2]?.tokenType === T.LBrace));
  }
}

/** An empty token inserted at `at`: the closing delimiter the user left out. */
function virtualToken(type: TokenType, at: number): Token {
  return makeToken(type, "", at, at, false, false);
}
