// stdlib/math-verify/latex-lexer.ts — tokens of latex2sympy2_extended's PS grammar. Like its ANTLR
// lexer: at each position the longest match wins, ties go to the rule defined first, whitespace and
// spacing commands are skipped, and an unknown character or command is an error (the parse fails).

export interface Token { readonly type: string; readonly text: string }

export class LexError extends Error {}

// Literal tokens in grammar order (implicit parser literals first). Order breaks ties of equal length.
const LITERALS: readonly (readonly [string, readonly string[]])[] = [
  ["TRANSPOSE", ["^T", "^{T}", "^{\\top}", "'"]],
  ["DEGREE", ["^\\circ", "^\\degree", "^\\circle", "^°", "^{\\circ}", "^{\\degree}", "^{\\circle}", "^{°}"]],
  ["SKIP", ["\\,", "\\thinspace", "\\:", "\\medspace", "\\;", "\\thickspace", "\\quad", "\\qquad", "\\!", "\\negthinspace",
    "\\negmedspace", "\\negthickspace", "\\$", "\\vrule", "\\vcenter", "\\vbox", "\\vskip", "\\vspace", "\\hfil"]],
  ["ADD", ["+", "∔", "⊕", "⊞"]],
  ["SUB", ["-", "−", "∸"]],
  ["MUL", ["*", "×", "⋅", "⋄", "⊡", "∗", "⋆", "∘", "∙", "⊗", "⊠", "⋈", "⋉", "⋊"]],
  ["DIV", ["/", "÷", "∕", "\\over"]],
  ["L_PAREN", ["("]], ["R_PAREN", [")"]], ["L_PAREN_VISUAL", ["\\("]], ["R_PAREN_VISUAL", ["\\)"]],
  ["L_GROUP", ["\\lgroup"]], ["R_GROUP", ["\\rgroup"]], ["L_BRACE", ["{"]], ["R_BRACE", ["}"]],
  ["L_BRACE_VISUAL", ["\\{"]], ["R_BRACE_VISUAL", ["\\}"]], ["L_BRACE_CMD", ["\\lbrace"]], ["R_BRACE_CMD", ["\\rbrace"]],
  ["L_BRACKET", ["["]], ["R_BRACKET", ["]"]], ["L_BRACK", ["\\lbrack"]], ["R_BRACK", ["\\rbrack"]],
  ["PHANTOM_CMD", ["\\phantom"]], ["BOXED_CMD", ["\\boxed"]], ["BAR", ["|"]], ["L_VERT", ["\\lvert"]], ["R_VERT", ["\\rvert"]],
  ["VERT", ["\\vert"]], ["NORM", ["\\|"]], ["L_ANGLE", ["\\langle"]], ["R_ANGLE", ["\\rangle"]], ["L_FLOOR", ["\\lfloor"]],
  ["R_FLOOR", ["\\rfloor"]], ["LL_CORNER", ["\\llcorner"]], ["LR_CORNER", ["\\lrcorner"]], ["L_CEIL", ["\\lceil"]],
  ["R_CEIL", ["\\rceil"]], ["UL_CORNER", ["\\ulcorner"]], ["UR_CORNER", ["\\urcorner"]],
  ["FUNC_LIM", ["\\lim"]], ["LIM_APPROACH_SYM", ["\\to", "\\rightarrow", "\\Rightarrow", "\\longrightarrow", "\\Longrightarrow"]],
  ["FUNC_INT", ["\\int"]], ["FUNC_SUM", ["\\sum"]], ["FUNC_PROD", ["\\prod"]],
  ["FUNC1", ["\\log", "\\ln", "\\exp", "\\sin", "\\cos", "\\tan", "\\csc", "\\sec", "\\cot", "\\arcsin", "\\arccos", "\\arctan",
    "\\arccsc", "\\arcsec", "\\arccot", "\\sinh", "\\cosh", "\\tanh", "\\arsinh", "\\arcosh", "\\artanh", "\\arcsinh",
    "\\arccosh", "\\arctanh"]],
  ["OPNAME1", ["arsinh", "arcsinh", "arcosh", "arccosh", "artanh", "arctanh"]],
  ["OPNAME_MULTI", ["gcd", "lcm"]],
  ["OPNAME1", ["floor", "ceil"]],
  ["FUNC_SQRT", ["\\sqrt"]],
  ["FUNC_MULTI", ["\\gcd", "\\lcm"]],
  ["FUNC1", ["\\floor", "\\ceil"]],
  ["FUNC_MULTI", ["\\max", "\\min"]],
  ["FUNC1", ["\\det"]],
  ["OPNAME1", ["eye"]], ["OPNAME_MULTI", ["zeros", "ones"]], ["OPNAME1", ["cols", "rows"]], ["OPNAME_MULTI", ["diag"]],
  ["OPNAME1", ["norm", "rank", "trace", "tr", "rref"]], ["OPNAME_MULTI", ["hstack", "vstack", "orth", "ortho", "orthogonal", "orthogonalize"]],
  ["OPNAME1", ["nullspace", "eig", "eigen", "diagonalize", "eigenvals", "eigenvalues", "eigenvects", "eigenvectors", "svd", "SVD"]],
  ["CMD_TIMES", ["\\times"]], ["CMD_CDOT", ["\\cdot"]], ["CMD_DIV", ["\\div"]],
  ["CMD_FRAC", ["\\frac", "\\dfrac", "\\tfrac", "\\cfrac"]], ["CMD_BINOM", ["\\binom", "\\tbinom", "\\dbinom"]],
  ["CMD_CHOOSE", ["\\choose"]], ["CMD_MOD", ["\\mod"]], ["CMD_MATHIT", ["\\mathit"]], ["CMD_OPERATORNAME", ["\\operatorname"]],
  ["MATRIX_WORD", ["matrix", "pmatrix", "bmatrix", "vmatrix"]],
  ["CMD_MATRIX_START", ["\\begin{matrix}", "\\begin{pmatrix}", "\\begin{bmatrix}"]],
  ["CMD_MATRIX_END", ["\\end{matrix}", "\\end{pmatrix}", "\\end{bmatrix}"]],
  ["CMD_ARRAY_END", ["\\end{array}"]],
  ["CMD_DET_START", ["\\begin{vmatrix}"]], ["CMD_DET_END", ["\\end{vmatrix}"]],
  ["MATRIX_DEL_COL", ["&"]], ["MATRIX_DEL_ROW", ["\\\\"]], ["UNDERSCORE", ["_"]], ["CARET", ["^"]], ["COLON", [":"]],
  ["SEMICOLON", [";"]], ["COMMA", [","]], ["PERIOD", ["."]],
  ["EXP_E", ["e", "\\exponentialE"]], ["E_NOTATION_E", ["E"]],
  ["MATRIX_XRIGHTARROW", ["\\xrightarrow", "\\xRightarrow"]],
  ["TRANSFORM_EXCHANGE", ["<->", "<=>", "\\leftrightarrow", "\\Leftrightarrow"]],
  ["IN", ["\\in"]],
  ["ASSIGNMENT", ["=", "≡", "≣", "≟", "≎", "≏", "≐", "≑", "≒", "≓", "≔", "≕", "≖", "≗"]],
  ["EQUAL", ["==", "\\equiv"]],
  ["APPROX", ["~=", "≈", "≊", "≋", "≃", "≅", "\\approx"]],
  ["LT", ["<", "≪", "≺", "⋖", "\\lt"]],
  ["LTE", ["\\leq", "\\le", "\\leqslant", "≤", "≦", "≲", "≾", "<="]],
  ["GT", [">", "≫", "≻", "⋗", "\\gt"]],
  ["GTE", ["\\geq", "\\ge", "\\geqslant", "≥", "≧", "≳", "≿", ">="]],
  ["UNEQUAL", ["!=", "!==", "\\ne", "\\neq", "\\not\\equiv", "≠", "≁", "≄", "≇", "≉", "≢"]],
  ["BANG", ["!"]],
];

const GREEK = ["alpha", "beta", "gamma", "Gamma", "delta", "Delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "Theta",
  "vartheta", "iota", "kappa", "lambda", "Lambda", "mu", "nu", "xi", "Xi", "omicron", "pi", "Pi", "varpi", "rho", "varrho",
  "sigma", "Sigma", "varsigma", "tau", "upsilon", "Upsilon", "phi", "Phi", "varphi", "chi", "psi", "Psi", "omega", "Omega"];
const GREEK_CHARS = "αβγΓδΔεϵζηθΘϑικλΛμνξΞοπΠϖρϱσΣςτυΥφΦϕχψΨωΩ";
const OTHER_SYMBOLS = ["Bbbk", "wp", "nabla", "bigstar", "angle", "nexists", "diagdown", "measuredangle", "eth", "diagup",
  "sphericalangle", "clubsuit", "varnothing", "Diamond", "complement", "diamondsuit", "imath", "Finv", "triangledown",
  "heartsuit", "jmath", "Game", "triangle", "spadesuit", "ell", "hbar", "vartriangle", "hslash", "blacklozenge", "lozenge",
  "blacksquare", "mho", "blacktriangle", "sharp", "prime", "Im", "flat", "square", "backprime", "Re", "natural", "surd", "circledS"];
const ACCENTS = ["acute", "bar", "overline", "breve", "check", "widecheck", "dot", "ddot", "grave", "hat", "tilde", "widetilde",
  "vec", "overrightarrow", "bm", "boldsymbol", "text", "textit", "textbf", "textnormal", "mathbb", "mathbin", "mathbf",
  "mathcal", "mathclap", "mathclose", "mathellipsis", "mathfrak", "mathinner", "mathit", "mathnormal", "mathop", "mathopen",
  "mathord", "mathpunct", "mathrel", "mathring", "mathrlap", "mathrm", "mathscr", "mathsf", "mathsterling", "mathtt", "mbox"];

// Pattern rules in grammar order, each with its position among all rules for tie-breaking.
interface Rule { readonly type: string; readonly order: number; readonly re: RegExp; readonly first: RegExp }
const NUM = "(?:[0-9]*\\.[0-9]+|[0-9]+)";
const BS = /\\/u;
const PATTERN_RULES: readonly Rule[] = [
  { type: "WS", order: 0, re: /[ \t\r\n]+/y, first: /[ \t\r\n]/u },
  { type: "CMD_ARRAY_START", order: 70, re: /\\begin\{array\}\{[clr]*\}/y, first: BS },
  { type: "DIFFERENTIAL", order: 75, re: /d[ \t\r\n]*(?:[a-zA-Z]|\\[a-zA-Z]+)/y, first: /d/u },
  { type: "LETTER_NO_E", order: 79, re: /[a-df-zA-DF-Z]/y, first: /[a-df-zA-DF-Z]/u },
  { type: "NUMBER", order: 82, re: new RegExp(NUM, "y"), first: /[0-9.]/u },
  { type: "E_NOTATION", order: 83, re: new RegExp(`${NUM}E[-+]?[0-9]+`, "y"), first: /[0-9.]/u },
  { type: "PERCENT_NUMBER", order: 92, re: new RegExp(`${NUM}[ \\t\\r\\n]?(?:\\\\%|%)`, "y"), first: /[0-9.]/u },
  { type: "GREEK_CMD", order: 93, re: new RegExp(`(?:\\\\(?:${GREEK.join("|")})|[${GREEK_CHARS}])(?: )?`, "yu"), first: new RegExp(`[\\\\${GREEK_CHARS}]`, "u") },
  { type: "OTHER_SYMBOL_CMD", order: 94, re: new RegExp(`(?:\\\\(?:${OTHER_SYMBOLS.join("|")})|[ℵℶℷℸ])(?: )?`, "yu"), first: /[\\ℵℶℷℸ]/u },
  { type: "SYMBOL", order: 95, re: /\\partial|\\\$\\infty|\\infty(?:\\%|%)?/y, first: BS },
  { type: "VARIABLE", order: 96, re: /\\variable\{[^}]*\}(?:\\%|%)?/y, first: BS },
  { type: "SET", order: 97, re: /\\mathbb\{[NZQRCP]\}|[ℕℤℚℝℂℙ]/yu, first: /[\\ℕℤℚℝℂℙ]/u },
  { type: "ACCENT", order: 98, re: new RegExp(`\\\\(?:${ACCENTS.join("|")})[ \\t\\r\\n]?\\{(?:\\\\\\}|[^}])*?\\}`, "y"), first: BS },
  { type: "UNION", order: 99, re: /\\cup|∪/yu, first: /[\\∪]/u },
  { type: "INTERSECTION", order: 100, re: /\\cap|∩/yu, first: /[\\∩]/u },
  { type: "SET_MINUS", order: 101, re: /\\setminus|∖/yu, first: /[\\∖]/u },
  { type: "PLUS_MINUS", order: 102, re: /\\pm|±|∓|\\mp/yu, first: /[\\±∓]/u },
  { type: "SET_EMPTY", order: 103, re: /\\emptyset|∅|\\\{\\\}|\\lbrace\\rbrace/yu, first: /[\\∅]/u },
  { type: "SUPSET", order: 104, re: /\\supseteq|⊇/yu, first: /[\\⊇]/u },
  { type: "SUBSET", order: 105, re: /\\subseteq|⊆/yu, first: /[\\⊆]/u },
  { type: "NOTIN", order: 106, re: /\\notin|∉/yu, first: /[\\∉]/u },
];

interface Lit { readonly text: string; readonly type: string; readonly order: number }
const LIT_ORDER_BASE = 1;
const LITS: Lit[] = [];
LITERALS.forEach(([type, texts], i) => { for (const text of texts) LITS.push({ text, type, order: LIT_ORDER_BASE + i * 0.001 + (type === "DIFFERENTIAL" ? 0 : 0) }); });
// Literal rules keep their grammar position: implicit literals and early lexer rules come before
// the pattern rules above (orders 0-1), later ones are interleaved by their position in the grammar.
const LATE_LITERALS = new Map<string, number>([
  ["IN", 84], ["ASSIGNMENT", 85], ["EQUAL", 86], ["APPROX", 87], ["LT", 88], ["LTE", 89], ["GT", 90], ["GTE", 91], ["UNEQUAL", 91.5], ["BANG", 91.7],
  ["EXP_E", 76], ["E_NOTATION_E", 77], ["MATRIX_XRIGHTARROW", 80], ["TRANSFORM_EXCHANGE", 81],
]);
for (const l of LITS) { const o = LATE_LITERALS.get(l.type); if (o !== undefined) (l as { order: number }).order = o; }
const LITS_BY_FIRST = new Map<string, Lit[]>();
for (const l of LITS) {
  const f = l.text[0]!;
  const list = LITS_BY_FIRST.get(f) ?? [];
  list.push(l);
  LITS_BY_FIRST.set(f, list);
}

export const MAX_TOKENS = 2000;

const rulesByChar = new Map<string, readonly Rule[]>();
function rulesFor(c: string): readonly Rule[] {
  let rs = rulesByChar.get(c);
  if (!rs) {
    rs = PATTERN_RULES.filter((r) => r.first.test(c));
    if (rulesByChar.size < 4096) rulesByChar.set(c, rs);
  }
  return rs;
}

export function lex(src: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < src.length) {
    let bestLen = 0, bestType = "", bestOrder = Infinity;
    for (const l of LITS_BY_FIRST.get(src[pos]!) ?? []) {
      if (src.startsWith(l.text, pos) && (l.text.length > bestLen || (l.text.length === bestLen && l.order < bestOrder))) {
        bestLen = l.text.length; bestType = l.type; bestOrder = l.order;
      }
    }
    for (const r of rulesFor(src[pos]!)) {
      r.re.lastIndex = pos;
      const m = r.re.exec(src);
      if (m && (m[0].length > bestLen || (m[0].length === bestLen && r.order < bestOrder))) {
        bestLen = m[0].length; bestType = r.type; bestOrder = r.order;
      }
    }
    if (bestLen === 0) throw new LexError(`token recognition error at ${pos}`);
    const text = src.slice(pos, pos + bestLen);
    pos += bestLen;
    if (bestType === "WS" || bestType === "SKIP") continue;
    out.push({ type: bestType, text });
    if (out.length > MAX_TOKENS) throw new LexError("too many tokens");
  }
  return out;
}
