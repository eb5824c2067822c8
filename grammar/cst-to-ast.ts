// grammar/cst-to-ast.ts — the CST of one declaration -> its AST node, with the syntax checks that
// need the tree: unknown units (GL0106), keywords as names (GL0113), `=` in a field (GL0115).
// A part that recovery left missing becomes an ErrorNode; its error is already reported.
import type { CstNode, IToken } from "./chevrotain.js";
import { closest, type Span } from "../diagnostics/index.js";
import type { SyntaxReporter } from "./reporter.js";
import type * as A from "./ast.js";
import * as T from "./tokens.js";
import { suffixFactor, UNIT_SPELLINGS } from "./units.js";

type Child = CstNode | IToken;

const nodes = (n: CstNode | undefined, key: string): CstNode[] => (n?.children[key] as CstNode[] | undefined) ?? [];
const toks = (n: CstNode | undefined, key: string): IToken[] =>
  ((n?.children[key] as IToken[] | undefined) ?? []).filter((t) => !t.isInsertedInRecovery && !Number.isNaN(t.startOffset));
const node = (n: CstNode | undefined, key: string, i = 0): CstNode | undefined => nodes(n, key)[i];
const tok = (n: CstNode | undefined, key: string, i = 0): IToken | undefined => toks(n, key)[i];

const tokSpan = (t: IToken): Span => ({ start: t.startOffset, end: (t.endOffset ?? t.startOffset) + 1 });

export class AstBuilder {
  constructor(
    private readonly bag: SyntaxReporter,
    private readonly strings: ReadonlyMap<IToken, string>,
    /** Strings whose value is unknown (unterminated, invalid escape). */
    private readonly badStrings: ReadonlySet<IToken>,
    /** Offsets of syntax errors: a value whose text holds one is an ErrorNode, so the checker stays
     *  silent about it (one mistake, one diagnostic). Unsorted; searched linearly per field. */
    private readonly damage: readonly number[],
    /** Where a node with no tokens at all is placed. */
    private fallback: number,
  ) {}

  private span(n: CstNode | undefined): Span {
    const l = n?.location;
    if (l && Number.isFinite(l.startOffset) && Number.isFinite(l.endOffset)) {
      this.fallback = l.endOffset! + 1;
      return { start: l.startOffset, end: l.endOffset! + 1 };
    }
    return { start: this.fallback, end: this.fallback };
  }

  private join(a: Span, b: Span): Span {
    return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }

  private error(span: Span): A.ErrorNode {
    return { kind: "error", span };
  }

  private damaged(span: Span): boolean {
    for (const at of this.damage) if (at >= span.start && at < span.end) return true;
    return false;
  }

  /** An expression, or an ErrorNode when a syntax error lies inside it. */
  private value(n: CstNode | undefined): A.Expr {
    const e = this.expression(n);
    return e.kind !== "error" && this.damage.length > 0 && this.damaged(e.span) ? this.error(e.span) : e;
  }

  private ident(t: IToken): A.Ident {
    return { kind: "ident", span: tokSpan(t), name: t.image };
  }

  /** A declared name: keywords are reported (GL0113) but kept, so the declaration still counts. */
  private declName(t: IToken | undefined, what: string): A.Ident | undefined {
    if (!t) return undefined;
    if (t.tokenType !== T.Identifier) {
      this.bag.error("GL0113", tokSpan(t), {
        message: `\`${t.image}\` is a keyword and cannot name a ${what}`,
        label: "keyword used as a name",
        help: `pick another name, such as \`${t.image}_${what}\``,
      });
    }
    return this.ident(t);
  }

  declaration(cst: CstNode): A.Decl | undefined {
    const [key] = Object.keys(cst.children);
    const d = node(cst, key);
    if (!d) return undefined;
    switch (key) {
      case "recipeDecl": {
        const name = this.declName(tok(d, "AnyName"), "recipe");
        return name && { kind: "recipe_name", span: this.span(d), name };
      }
      case "importDecl": {
        const s = tok(d, "StringLiteral");
        const dn = node(d, "dottedName");
        if (s && this.badStrings.has(s)) return undefined; // reported; the path is unknown
        if (s) return { kind: "import", span: this.span(d), target: { kind: "file", span: tokSpan(s), path: this.strings.get(s) ?? "" } };
        const name = dn && this.dottedName(dn);
        return name && { kind: "import", span: this.span(d), target: { kind: "module", span: name.span, name } };
      }
      case "modelDecl": {
        const name = this.declName(tok(d, "AnyName"), "model");
        const provider = tok(d, "provider");
        return name && {
          kind: "model", span: this.span(d), name,
          ...(provider ? { provider: this.ident(provider) } : {}),
          body: this.block(node(d, "block")),
        };
      }
      case "sourceDecl": {
        const name = this.declName(tok(d, "AnyName"), "source");
        const type = node(d, "typeExpr");
        return name && {
          kind: "source", span: this.span(d), name,
          init: this.value(node(d, "expression")),
          ...(type ? { recordType: this.typeExpr(type) } : {}),
        };
      }
      case "typeDecl": {
        const name = this.declName(tok(d, "AnyName"), "type");
        const rec = node(d, "recordType");
        return name && { kind: "type", span: this.span(d), name, type: rec ? this.recordType(rec) : this.typeExpr(node(d, "typeExpr")) };
      }
      case "taskDecl": {
        const name = this.declName(tok(d, "AnyName"), "task");
        if (!name) return undefined;
        const open = tok(d, "LBrace");
        const close = tok(d, "RBrace");
        const whole = this.span(d);
        return {
          kind: "task", span: whole, name,
          body: nodes(d, "taskItem").map((i) => this.taskItem(i)).filter((x): x is A.TaskItem => x !== undefined),
          bodySpan: { start: open ? open.startOffset : whole.end, end: close ? close.startOffset + 1 : whole.end },
        };
      }
      case "tasksDecl": {
        const preset = node(d, "dottedName");
        const from = node(d, "fromClause");
        return preset && { kind: "tasks", span: this.span(d), preset: this.dottedName(preset), ...(from ? { from: this.fromClause(from) } : {}) };
      }
      case "gateDecl": {
        const name = node(d, "dottedName");
        const body = node(d, "block");
        return name && { kind: "gate", span: this.span(d), name: this.dottedName(name), ...(body ? { body: this.block(body) } : {}) };
      }
      case "blockDecl":
        return this.blockDecl(d);
      default:
        return undefined;
    }
  }

  private blockDecl(d: CstNode): A.BlockDecl | undefined {
    const keyword = tok(d, "Identifier");
    const variant = tok(d, "variant");
    if (!keyword) return undefined;
    return {
      kind: "block", span: this.span(d), keyword: this.ident(keyword),
      ...(variant ? { variant: this.ident(variant) } : {}),
      body: this.block(node(d, "block")),
    };
  }

  private block(b: CstNode | undefined): A.Block {
    return {
      kind: "block_body",
      span: this.span(b),
      members: nodes(b, "blockItem").map((i) => this.blockItem(i)).filter((x): x is A.BlockItem => x !== undefined),
    };
  }

  private blockItem(i: CstNode): A.BlockItem | undefined {
    const b = node(i, "blockDecl");
    if (b) return this.blockDecl(b);
    const f = node(i, "field");
    return f && this.field(f);
  }

  private taskItem(i: CstNode): A.TaskItem | undefined {
    const from = node(i, "fromClause");
    if (from) return this.fromClause(from);
    const reward = node(i, "rewardClause");
    if (reward) return { kind: "reward", span: this.span(reward), expr: this.value(node(reward, "expression")) };
    const item = node(i, "blockItem");
    return item && this.blockItem(item);
  }

  private fromClause(f: CstNode): A.FromClause {
    const where = node(f, "expression");
    const src = node(f, "dottedName");
    const span = this.span(f);
    return {
      kind: "from", span,
      source: src ? this.dottedName(src) : { kind: "name", span: { start: span.end, end: span.end }, parts: [] },
      ...(where ? { where: this.value(where) } : {}),
    };
  }

  private field(f: CstNode): A.Field | undefined {
    const keyNode = node(f, "fieldKey");
    if (!keyNode) return undefined;
    const eq = tok(f, "Equals");
    if (eq) {
      this.bag.error("GL0115", tokSpan(eq), {
        label: "expected `:` here",
        help: "inside a block a field is `key: value`; `=` only binds top-level declarations",
      });
    }
    const keyTok = tok(keyNode, "StringLiteral");
    if (keyTok && this.badStrings.has(keyTok)) return undefined; // reported; the key is unknown
    return { kind: "field", span: this.span(f), key: this.fieldKey(keyNode), value: this.value(node(f, "expression")) };
  }

  private fieldKey(k: CstNode): A.FieldKey {
    const s = tok(k, "StringLiteral");
    if (s) {
      const text = this.strings.get(s) ?? "";
      return { kind: "field_key", span: tokSpan(s), text, parts: text.split("."), quoted: true };
    }
    const name = this.dottedName(node(k, "dottedName"));
    const parts = name.parts.map((p) => p.name);
    return { kind: "field_key", span: name.span, text: parts.join("."), parts, quoted: false };
  }

  private dottedName(n: CstNode | undefined): A.Name {
    const parts = toks(n, "AnyName").map((t) => this.ident(t));
    return { kind: "name", span: this.span(n), parts };
  }

  // ---- types

  private typeExpr(n: CstNode | undefined): A.TypeExpr {
    const prim = node(n, "typePrimary");
    let t: A.TypeExpr = prim ? this.typePrimary(prim) : this.error(this.span(n));
    for (const q of toks(n, "Question")) t = { kind: "optional_type", span: this.join(t.span, tokSpan(q)), inner: t };
    return t;
  }

  private typePrimary(n: CstNode): A.TypeExpr {
    const rec = node(n, "recordType");
    if (rec) return this.recordType(rec);
    const name = node(n, "dottedName");
    if (!name) return this.error(this.span(n));
    return { kind: "type_ref", span: this.span(n), name: this.dottedName(name), args: nodes(n, "typeExpr").map((a) => this.typeExpr(a)) };
  }

  private recordType(n: CstNode): A.RecordType {
    const fields: A.TypeField[] = [];
    for (const f of nodes(n, "typeField")) {
      const name = tok(f, "AnyName");
      if (name) fields.push({ kind: "type_field", span: this.span(f), name: this.ident(name), type: this.typeExpr(node(f, "typeExpr")) });
    }
    return { kind: "record_type", span: this.span(n), fields };
  }

  // ---- expressions

  expression(n: CstNode | undefined): A.Expr {
    if (!n) return this.error({ start: this.fallback, end: this.fallback });
    return this.chain(n, "andExpr", ["Or"], (c) => this.chain(c, "notExpr", ["And"], (d) => this.notExpr(d)));
  }

  /** Left-folds `operand (op operand)*` where the operators may be of several token kinds. */
  private chain(n: CstNode, operandKey: string, opKeys: readonly string[], operand: (c: CstNode) => A.Expr): A.Expr {
    const operands = nodes(n, operandKey);
    if (operands.length === 0) return this.error(this.span(n));
    let left = operand(operands[0]);
    if (operands.length === 1) return left;
    const ops = opKeys.flatMap((k) => toks(n, k)).sort((a, b) => a.startOffset - b.startOffset);
    for (let i = 1; i < operands.length; i++) {
      const op = ops[i - 1];
      const right = operand(operands[i]);
      left = {
        kind: "binary", span: this.join(left.span, right.span),
        op: (op ? (op.tokenType === T.Or ? "or" : op.tokenType === T.And ? "and" : op.image) : "or") as A.BinaryOp, opSpan: op ? tokSpan(op) : { start: left.span.end, end: left.span.end },
        left, right,
      };
    }
    return left;
  }

  private notExpr(n: CstNode): A.Expr {
    const not = tok(n, "Not");
    const inner = node(n, "notExpr");
    if (not || inner) {
      const operand = inner ? this.notExpr(inner) : this.error(this.span(n));
      return { kind: "unary", span: this.span(n), op: "not", operand };
    }
    const cmp = node(n, "comparison");
    return cmp ? this.comparison(cmp) : this.error(this.span(n));
  }

  private comparison(n: CstNode): A.Expr {
    const sides = nodes(n, "rangeExpr");
    const left = sides[0] ? this.rangeExpr(sides[0]) : this.error(this.span(n));
    const ops = nodes(n, "comparisonOp");
    const opNode = ops[0];
    if (!opNode) return left;
    if (ops.length > 1) {
      this.bag.error("GL0107", this.span(ops[1]), {
        message: "comparisons cannot be chained",
        label: "a second comparison",
        help: "join the comparisons with `and`: `a < b and b < c`",
      });
      return this.error(this.span(n));
    }
    const opToks = Object.values(opNode.children).flat() as IToken[];
    const real = opToks.filter((t) => !t.isInsertedInRecovery).sort((a, b) => a.startOffset - b.startOffset);
    const op = (real.length === 2 ? "not in" : real[0]?.image ?? "==") as A.BinaryOp;
    const right = sides[1] ? this.rangeExpr(sides[1]) : this.error({ start: left.span.end, end: left.span.end });
    return { kind: "binary", span: this.join(left.span, right.span), op, opSpan: this.span(opNode), left, right };
  }

  private rangeExpr(n: CstNode): A.Expr {
    const ends = nodes(n, "additive");
    const dots = toks(n, "DotDot");
    const from = ends[0] ? this.additive(ends[0]) : this.error(this.span(n));
    if (dots.length === 0 && ends.length < 2) return from;
    if (dots.length > 1) {
      this.bag.error("GL0107", tokSpan(dots[1]), {
        message: "a range has two ends",
        label: "a second `..`",
        help: "write a range as `low..high`, such as `1..8`",
      });
      return this.error(this.span(n));
    }
    const to = ends[1] ? this.additive(ends[1]) : this.error({ start: from.span.end, end: from.span.end });
    return { kind: "range", span: this.join(from.span, to.span), from, to };
  }

  private additive(n: CstNode): A.Expr {
    return this.chain(n, "multiplicative", ["Plus", "Minus"], (m) => this.chain(m, "unaryExpr", ["Star", "Slash"], (u) => this.unaryExpr(u)));
  }

  private unaryExpr(n: CstNode): A.Expr {
    const minus = tok(n, "Minus");
    const inner = node(n, "unaryExpr");
    if (minus || inner) {
      const operand = inner ? this.unaryExpr(inner) : this.error(this.span(n));
      const span = this.span(n);
      if (minus && operand.kind === "number") {
        return { ...operand, span, value: -operand.value, raw: "-" + operand.raw };
      }
      if (minus && operand.kind === "quantity") {
        const amount: A.NumberLit = { ...operand.amount, span: { start: span.start, end: operand.amount.span.end }, value: -operand.amount.value, raw: "-" + operand.amount.raw };
        return { ...operand, span, value: -operand.value, amount };
      }
      return { kind: "unary", span, op: "-", operand };
    }
    const p = node(n, "postfix");
    return p ? this.postfix(p) : this.error(this.span(n));
  }

  private postfix(n: CstNode): A.Expr {
    let e = this.primary(node(n, "primary"));
    const names = toks(n, "AnyName");
    const dots = toks(n, "Dot");
    const calls = nodes(n, "callArgs");
    if (dots.length === 0 && calls.length === 0) return e;
    // `.name` and `(args)` in source order; a run of `.name` on a plain name extends it in place
    let parts: A.Ident[] | undefined = e.kind === "name" ? [...e.parts] : undefined;
    const seal = () => {
      if (parts && e.kind === "name") e = { kind: "name", span: this.join(e.span, parts[parts.length - 1]?.span ?? e.span), parts };
    };
    let d = 0;
    let c = 0;
    while (d < dots.length || c < calls.length) {
      const callAt = c < calls.length ? calls[c].location?.startOffset ?? Infinity : Infinity;
      if (d < dots.length && dots[d].startOffset < callAt) {
        const prop = names[d];
        const dot = dots[d++];
        if (!prop) { seal(); parts = undefined; e = this.error(this.join(e.span, tokSpan(dot))); continue; }
        const ident = this.ident(prop);
        if (parts) parts.push(ident);
        else e = { kind: "member", span: this.join(e.span, ident.span), object: e, property: ident };
      } else {
        seal();
        parts = undefined;
        const call = calls[c++];
        e = { kind: "call", span: this.join(e.span, this.span(call)), callee: e, args: nodes(call, "arg").map((a) => this.arg(a)) };
      }
    }
    seal();
    return e;
  }

  private arg(n: CstNode): A.Arg {
    const name = tok(n, "argName");
    const value = this.expression(node(n, "expression"));
    return { kind: "arg", span: this.span(n), ...(name ? { name: this.ident(name) } : {}), value };
  }

  private primary(n: CstNode | undefined): A.Expr {
    if (!n) return this.error({ start: this.fallback, end: this.fallback });
    const q = node(n, "numberOrQuantity");
    if (q) return this.numberOrQuantity(q);
    const s = tok(n, "StringLiteral");
    if (s) return this.badStrings.has(s) ? this.error(tokSpan(s)) : { kind: "string", span: tokSpan(s), value: this.strings.get(s) ?? "" };
    const t = tok(n, "True") ?? tok(n, "False");
    if (t) return { kind: "bool", span: tokSpan(t), value: t.tokenType === T.True };
    const id = tok(n, "Identifier");
    if (id) return { kind: "name", span: tokSpan(id), parts: [this.ident(id)] };
    const list = node(n, "list");
    if (list) return { kind: "list", span: this.span(list), items: nodes(list, "expression").map((x) => this.expression(x)) };
    const inner = node(n, "expression");
    if (inner) return this.expression(inner);
    return this.error(this.span(n));
  }

  private numberOrQuantity(n: CstNode): A.Expr {
    const t = tok(n, "NumberLiteral");
    if (!t) return this.error(this.span(n));
    const raw = t.image;
    const last = raw[raw.length - 1];
    const suffix = last === "k" || last === "K" || last === "M" ? last : undefined;
    const mantissa = Number(suffix ? raw.slice(0, -1) : raw);
    const number: A.NumberLit = {
      kind: "number", span: tokSpan(t), value: mantissa * suffixFactor(suffix, undefined), raw, ...(suffix ? { suffix } : {}),
    };
    const unitTok = tok(n, "unit");
    const pct = tok(n, "Percent");
    if (!unitTok && !pct) return number;
    if (unitTok) {
      const unit = UNIT_SPELLINGS.get(unitTok.image);
      if (!unit) {
        const guess = closest(unitTok.image, [...UNIT_SPELLINGS.keys()]);
        this.bag.error("GL0106", tokSpan(unitTok), {
          message: `unknown unit \`${unitTok.image}\``,
          label: guess ? `did you mean \`${guess}\`?` : "not a unit",
          help: guess
            ? `write \`${raw} ${guess}\`; if \`${unitTok.image}\` starts the next field, put a comma or a line break before it`
            : "the units are tokens, steps, epochs, ms, s, min, h and %; if this word starts the next field, put a comma or a line break before it",
        });
        return this.error(this.span(n));
      }
      if (pct) {
        this.bag.error("GL0106", tokSpan(pct), { message: "a number has at most one unit", label: "second unit" });
        return this.error(this.span(n));
      }
      return { kind: "quantity", span: this.span(n), value: mantissa * suffixFactor(suffix, unit), unit, amount: number, unitSpan: tokSpan(unitTok) };
    }
    return { kind: "quantity", span: this.span(n), value: number.value, unit: "%", amount: number, unitSpan: tokSpan(pct!) };
  }
}

export type { Child };
