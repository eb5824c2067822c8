// diagnostics/codes/syntax.ts — GL01xx: lexical and syntax errors, reported by grammar/.
import { defineCodes } from "../catalog.js";

export const syntaxCodes = defineCodes("syntax", {
  GL0101: {
    title: "unexpected character",
    explanation:
      "The lexer met a character that cannot start any token of the golong language, such as `@`, `#`, " +
      "`$`, a control character or a letter outside ASCII in a name. Names are ASCII letters, digits and " +
      "underscores (`max_prompt`); any other text belongs inside a string (`\"...\"`) or a comment (`// ...`). " +
      "Consecutive unexpected characters are reported once.",
  },
  GL0102: {
    title: "unterminated string",
    explanation:
      "A string literal starts with `\"` and must end with `\"` on the same line. A string that reaches the " +
      "end of its line or of the file is unterminated. To put a quote or a line break inside a string, " +
      "escape it: `\"say \\\"hi\\\"\\n\"`.",
  },
  GL0103: {
    title: "unterminated block comment",
    explanation:
      "A block comment opened with `/*` runs until the next `*/`. This one is never closed, so the rest of " +
      "the file would be a comment. Close it with `*/`, or use `//` comments, which end at the line break. " +
      "Block comments do not nest.",
  },
  GL0104: {
    title: "invalid escape sequence",
    explanation:
      "Inside a string, a backslash starts an escape. The escapes golong knows are `\\\"`, `\\\\`, `\\n`, `\\r`, " +
      "`\\t`, `\\0`, `\\uXXXX` (four hex digits) and `\\u{X...}` (one to six hex digits, at most 10FFFF). Any other " +
      "character after a backslash is an error; write `\\\\` for a literal backslash (as in Windows paths).",
  },
  GL0105: {
    title: "malformed number",
    explanation:
      "A number is digits with an optional fraction and exponent (`128`, `0.8`, `2e-6`, `1.5E3`) and an " +
      "optional magnitude suffix `k`, `K` (thousands, or 1024 when the unit is tokens) or `M`. An exponent " +
      "needs digits (`2e` is not a number), and the value must be finite (`1e999` is too large).",
  },
  GL0106: {
    title: "unknown unit",
    explanation:
      "A word written right after a number, on the same line, is the number's unit: `160k tokens`, `5 steps`, " +
      "`30s`, `500ms`, `2 min`, `60%`. The units are tokens (token), steps (step), epochs (epoch), ms, s " +
      "(sec, second, seconds), min (m, minute, minutes) and h (hour, hours), and % for percentages. Any other " +
      "word there is an unknown unit. If the word was meant to start the next field, put a comma or a line " +
      "break before it: `tp: 8, n: 16`.",
  },
  GL0107: {
    title: "unexpected token",
    explanation:
      "The parser expected one kind of token here and found another. The message names what was expected. " +
      "Common causes: a field written `key value` instead of `key: value`, a missing comma in a list or a " +
      "call (`[0.2 0.28]`), an operator with nothing after it, or a keyword such as `reward` or `from` used " +
      "where a value belongs. The parser recovers and carries on with the next declaration, so later errors " +
      "are still reported.",
  },
  GL0108: {
    title: "unclosed delimiter",
    explanation:
      "A `{`, `(` or `[` was opened and the file (or the declaration) ended before the matching `}`, `)` or " +
      "`]`. The diagnostic points at the opening delimiter. Add the closing delimiter where the block, call " +
      "or list ends; an editor's bracket matching helps find the spot.",
  },
  GL0109: {
    title: "unmatched closing delimiter",
    explanation:
      "A `}`, `)` or `]` appears with no open delimiter to close, or closes a delimiter of another kind " +
      "(`[1, 2)`). Remove it, or add the opening delimiter it was meant to close.",
  },
  GL0110: {
    title: "nesting too deep",
    explanation:
      "Brackets, blocks, generic types or prefix operators are nested deeper than golong accepts (64 " +
      "levels). No real recipe needs that much nesting; the limit keeps the compiler from exhausting its " +
      "stack on generated or corrupted input. The over-deep part is skipped; flatten the expression.",
  },
  GL0111: {
    title: "missing separator between fields",
    explanation:
      "Fields of a block are separated by a comma or a line break: `n: 16, temperature: 1.0` or one field " +
      "per line. Two fields written on one line with nothing between them (`n: 16 temperature: 1.0`) are " +
      "an error, because a word after a number would otherwise read as its unit.",
  },
  GL0112: {
    title: "expected a declaration",
    explanation:
      "At the top level of a recipe only declarations may appear: `recipe NAME`, `import ...`, `model`, " +
      "`source`, `type`, `task`, `tasks`, `gate`, and blocks such as `rollout { ... }` or `update ppo { ... }`. " +
      "Each declaration starts on its own line. A value or a field outside any block (`n: 16` on its own) " +
      "is an error: move it into the block it belongs to.",
  },
  GL0113: {
    title: "keyword used as a name",
    explanation:
      "Words with a meaning in the grammar cannot name a recipe, model, source, type, task or gate: recipe, " +
      "import, model, source, type, task, tasks, gate, from, where, reward, in, not, and, or, true, false. " +
      "They may still be used as field keys (`from: ...`) and after a dot (`golongrl.from`). Pick another " +
      "name, such as `train_task` instead of `task`.",
  },
  GL0114: {
    title: "too many syntax errors",
    explanation:
      "After 100 syntax errors in one file the parser stops reporting more: later ones are usually caused " +
      "by the first few (or the file is not a recipe at all). Fix the errors shown and check again.",
  },
  GL0115: {
    title: "field written with `=` instead of `:`",
    explanation:
      "Inside a block, a field is `key: value`. The `=` sign is only used at the top level, to bind a " +
      "declaration (`source train = parquet(...)`, `model policy = embedded { ... }`). Write `n: 16`, not " +
      "`n = 16`.",
  },
});
