// grammar/parser.ts — the chevrotain grammar of one top-level declaration (the token stream is split
// into declarations first: declarations.ts). One instance, built once and reused; error recovery on.
// Rules build a CST; cst-to-ast.ts turns it into the AST.
import { CstParser, EOF, type CstNode, type IParserErrorMessageProvider, type IToken, type TokenType } from "./chevrotain.js";
import * as T from "./tokens.js";
import type { Token } from "./tokens.js";

/** What each rule is, in words, for "expected ..." messages. */
export const RULE_WORDS: Readonly<Record<string, string>> = {
  declaration: "a declaration (`recipe`, `import`, `model`, `source`, `type`, `task`, `tasks`, `gate` or a block such as `rollout { ... }`)",
  importDecl: "a module name (`std.golongrl`) or a file path in quotes",
  blockItem: "a field (`key: value`) or a nested block",
  taskItem: "`from SOURCE`, `reward EXPR` or a field",
  fieldKey: "a field name",
  typeExpr: "a type",
  typePrimary: "a type (`text`, `list<text>`, `{ ... }`)",
  typeField: "a field (`name: type`)",
  expression: "a value",
  notExpr: "a value",
  unaryExpr: "a value",
  primary: "a value",
  comparisonOp: "a comparison",
  arg: "an argument",
  anyName: "a name",
};

/** A token as a message quotes it: `x`, `42`, `"a str…"`, or the end of the declaration. */
export const describe = (t: IToken): string => {
  if (t.tokenType === EOF || Number.isNaN(t.startOffset) || t.image === "") return "the end of the declaration";
  const image = t.image.length > 24 ? t.image.slice(0, 20) + "…" + (t.tokenType === T.StringLiteral ? '"' : "") : t.image;
  return `\`${image}\``;
};

const label = (t: TokenType): string => t.LABEL ?? t.name;

function pathsWords(paths: TokenType[][], ruleName: string): string {
  const firsts = [...new Set(paths.map((p) => p[0]).filter(Boolean).map(label))];
  if (RULE_WORDS[ruleName]) return RULE_WORDS[ruleName];
  return firsts.length <= 1 ? (firsts[0] ?? "more") : `${firsts.slice(0, -1).join(", ")} or ${firsts[firsts.length - 1]}`;
}

/** What may stand where a closing delimiter was expected, by rule: "expected X, found Y". */
const BEFORE_CLOSER: Readonly<Record<string, string>> = {
  block: "a field (`key: value`), a nested block or `}`",
  taskDecl: "`from`, `reward`, a field or `}`",
  recordType: "a field (`name: type`) or `}`",
  list: "`,` or `]`",
  callArgs: "`,` or `)`",
};

export const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, actual, ruleName }) => {
    const closing = expected === T.RBrace || expected === T.RBracket || expected === T.RParen;
    const words = closing && BEFORE_CLOSER[ruleName] ? BEFORE_CLOSER[ruleName] : label(expected);
    return `expected ${words}, found ${describe(actual)}`;
  },
  buildNotAllInputParsedMessage: ({ firstRedundant }) => `unexpected ${describe(firstRedundant)} after the end of the declaration`,
  buildNoViableAltMessage: ({ expectedPathsPerAlt, actual, ruleName }) =>
    `expected ${pathsWords(expectedPathsPerAlt.flat(), ruleName)}, found ${describe(actual[0])}`,
  buildEarlyExitMessage: ({ expectedIterationPaths, actual, ruleName }) =>
    `expected ${pathsWords(expectedIterationPaths, ruleName)}, found ${describe(actual[0])}`,
};

/** Past this many errors in one declaration, repetitions stop recovering in place (see boundRecovery). */
export const MAX_ERRORS_PER_DECLARATION = 20;

export class GolongParser extends CstParser {
  /** Tokens where a field started without a separator (GL0111), collected while parsing. */
  missingSeparators: Token[] = [];

  /** `validate`: run chevrotain's grammar validations (ambiguities, left recursion): a test does;
   *  the shared instance skips them, which halves the self-analysis of a cold start. */
  constructor(validate = false) {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: "onlyOffset",
      maxLookahead: 3,
      errorMessageProvider: messages,
      skipValidations: !validate,
    });
    this.boundRecovery();
    this.performSelfAnalysis();
  }

  /** Two of chevrotain's recoveries can recurse once per error, which some inputs turn into a stack
   *  overflow: inserting a missing opener (`a a a ...` nests a block per pair of words) and
   *  re-entering a repetition after an error (many errors in one block). Openers are never
   *  inserted (declarations.ts balances real ones), and after MAX_ERRORS_PER_DECLARATION errors a
   *  repetition stops instead of recovering in place; the rule-level re-sync still ends the parse. */
  private boundRecovery(): void {
    const self = this as unknown as Record<string, (...args: unknown[]) => unknown>;
    const insertion = self.canRecoverWithSingleTokenInsertion.bind(this);
    self.canRecoverWithSingleTokenInsertion = (expected, follows) =>
      !T.OPENERS.has(expected as TokenType) && expected !== T.Less && insertion(expected, follows);
    const inRepetition = self.attemptInRepetitionRecovery.bind(this);
    self.attemptInRepetitionRecovery = (...args) => {
      if (this.errorCount() < MAX_ERRORS_PER_DECLARATION) inRepetition(...args);
    };
  }

  /** Errors so far in this declaration (chevrotain's `errors` getter copies the list). */
  private errorCount(): number {
    return (this as unknown as { _errors: unknown[] })._errors?.length ?? this.errors.length;
  }

  override reset(): void {
    super.reset();
    this.missingSeparators = [];
  }

  private noteSeparator(): void {
    this.ACTION(() => {
      const t = this.LA(1) as Token;
      if (t.tokenType !== EOF && t.sep === false && !Number.isNaN(t.startOffset)) this.missingSeparators.push(t);
    });
  }

  declaration = this.RULE("declaration", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.recipeDecl) },
      { ALT: () => this.SUBRULE(this.importDecl) },
      { ALT: () => this.SUBRULE(this.modelDecl) },
      { ALT: () => this.SUBRULE(this.sourceDecl) },
      { ALT: () => this.SUBRULE(this.typeDecl) },
      { ALT: () => this.SUBRULE(this.taskDecl) },
      { ALT: () => this.SUBRULE(this.tasksDecl) },
      { ALT: () => this.SUBRULE(this.gateDecl) },
      { ALT: () => this.SUBRULE(this.blockDecl) },
    ]);
  });

  recipeDecl = this.RULE("recipeDecl", () => {
    this.CONSUME(T.Recipe);
    this.CONSUME(T.AnyName);
  });

  importDecl = this.RULE("importDecl", () => {
    this.CONSUME(T.Import);
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.SUBRULE(this.dottedName) },
    ]);
  });

  modelDecl = this.RULE("modelDecl", () => {
    this.CONSUME(T.Model);
    this.CONSUME(T.AnyName);
    this.OPTION(() => {
      this.CONSUME(T.Equals);
      this.CONSUME2(T.AnyName, { LABEL: "provider" });
    });
    this.SUBRULE(this.block);
  });

  sourceDecl = this.RULE("sourceDecl", () => {
    this.CONSUME(T.Source);
    this.CONSUME(T.AnyName);
    this.CONSUME(T.Equals);
    this.SUBRULE(this.expression);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.typeExpr);
    });
  });

  typeDecl = this.RULE("typeDecl", () => {
    this.CONSUME(T.Type);
    this.CONSUME(T.AnyName);
    this.OR([
      { ALT: () => this.SUBRULE(this.recordType) },
      { ALT: () => { this.CONSUME(T.Equals); this.SUBRULE(this.typeExpr); } },
    ]);
  });

  taskDecl = this.RULE("taskDecl", () => {
    this.CONSUME(T.Task);
    this.CONSUME(T.AnyName);
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.taskItem);
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    this.CONSUME(T.RBrace);
  });

  taskItem = this.RULE("taskItem", () => {
    this.noteSeparator();
    this.OR([
      { ALT: () => this.SUBRULE(this.fromClause) },
      { ALT: () => this.SUBRULE(this.rewardClause) },
      { ALT: () => this.SUBRULE(this.blockItem) },
    ]);
  });

  fromClause = this.RULE("fromClause", () => {
    this.CONSUME(T.From);
    this.SUBRULE(this.dottedName);
    this.OPTION(() => {
      this.CONSUME(T.Where);
      this.SUBRULE(this.expression);
    });
  });

  rewardClause = this.RULE("rewardClause", () => {
    this.CONSUME(T.Reward);
    this.SUBRULE(this.expression);
  });

  tasksDecl = this.RULE("tasksDecl", () => {
    this.CONSUME(T.Tasks);
    this.SUBRULE(this.dottedName);
    this.OPTION(() => this.SUBRULE(this.fromClause));
  });

  gateDecl = this.RULE("gateDecl", () => {
    this.CONSUME(T.Gate);
    this.SUBRULE(this.dottedName);
    this.OPTION(() => this.SUBRULE(this.block));
  });

  blockDecl = this.RULE("blockDecl", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.CONSUME2(T.Identifier, { LABEL: "variant" }));
    this.SUBRULE(this.block);
  });

  block = this.RULE("block", () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.noteSeparator();
      this.SUBRULE(this.blockItem);
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    this.CONSUME(T.RBrace);
  });

  blockItem = this.RULE("blockItem", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.blockDecl) },
      { ALT: () => this.SUBRULE(this.field) },
    ]);
  });

  field = this.RULE("field", () => {
    this.SUBRULE(this.fieldKey);
    this.OR([
      { ALT: () => this.CONSUME(T.Colon) },
      { ALT: () => this.CONSUME(T.Equals) },
    ]);
    this.SUBRULE(this.expression);
  });

  fieldKey = this.RULE("fieldKey", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.SUBRULE(this.dottedName) },
    ]);
  });

  dottedName = this.RULE("dottedName", () => {
    this.CONSUME(T.AnyName);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.AnyName);
    });
  });

  // ---- types

  typeExpr = this.RULE("typeExpr", () => {
    this.SUBRULE(this.typePrimary);
    this.MANY(() => this.CONSUME(T.Question));
  });

  typePrimary = this.RULE("typePrimary", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.recordType) },
      { ALT: () => {
        this.SUBRULE(this.dottedName);
        this.OPTION(() => {
          this.CONSUME(T.Less);
          this.SUBRULE(this.typeExpr);
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.SUBRULE2(this.typeExpr);
          });
          this.CONSUME(T.Greater);
        });
      } },
    ]);
  });

  recordType = this.RULE("recordType", () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.noteSeparator();
      this.SUBRULE(this.typeField);
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    this.CONSUME(T.RBrace);
  });

  typeField = this.RULE("typeField", () => {
    this.CONSUME(T.AnyName);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.typeExpr);
  });

  // ---- expressions, loosest first

  expression = this.RULE("expression", () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.CONSUME(T.Or);
      this.SUBRULE2(this.andExpr);
    });
  });

  andExpr = this.RULE("andExpr", () => {
    this.SUBRULE(this.notExpr);
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.notExpr);
    });
  });

  notExpr = this.RULE("notExpr", () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Not); this.SUBRULE(this.notExpr); } },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  comparison = this.RULE("comparison", () => {
    this.SUBRULE(this.rangeExpr);
    // chains (`a < b < c`) parse, and the AST builder reports them: a clearer message than a token error
    this.MANY(() => {
      this.SUBRULE(this.comparisonOp);
      this.SUBRULE2(this.rangeExpr);
    });
  });

  comparisonOp = this.RULE("comparisonOp", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.EqEq) },
      { ALT: () => this.CONSUME(T.NotEq) },
      { ALT: () => this.CONSUME(T.LessEq) },
      { ALT: () => this.CONSUME(T.GreaterEq) },
      { ALT: () => this.CONSUME(T.Less) },
      { ALT: () => this.CONSUME(T.Greater) },
      { ALT: () => this.CONSUME(T.In) },
      { ALT: () => { this.CONSUME(T.Not); this.CONSUME2(T.In); } },
    ]);
  });

  rangeExpr = this.RULE("rangeExpr", () => {
    this.SUBRULE(this.additive);
    this.MANY(() => {
      this.CONSUME(T.DotDot);
      this.SUBRULE2(this.additive);
    });
  });

  additive = this.RULE("additive", () => {
    this.SUBRULE(this.multiplicative);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      this.SUBRULE2(this.multiplicative);
    });
  });

  multiplicative = this.RULE("multiplicative", () => {
    this.SUBRULE(this.unaryExpr);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Star) }, { ALT: () => this.CONSUME(T.Slash) }]);
      this.SUBRULE2(this.unaryExpr);
    });
  });

  unaryExpr = this.RULE("unaryExpr", () => {
    this.OR([
      { ALT: () => { this.CONSUME(T.Minus); this.SUBRULE(this.unaryExpr); } },
      { ALT: () => this.SUBRULE(this.postfix) },
    ]);
  });

  postfix = this.RULE("postfix", () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.OR([
        { ALT: () => { this.CONSUME(T.Dot); this.CONSUME(T.AnyName); } },
        { ALT: () => this.SUBRULE(this.callArgs) },
      ]);
    });
  });

  callArgs = this.RULE("callArgs", () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.arg);
      this.MANY({
        GATE: () => this.LA(2).tokenType !== T.RParen,
        DEF: () => { this.CONSUME(T.Comma); this.SUBRULE2(this.arg); },
      });
      this.OPTION2(() => this.CONSUME2(T.Comma, { LABEL: "trailing" }));
    });
    this.CONSUME(T.RParen);
  });

  arg = this.RULE("arg", () => {
    this.OPTION(() => {
      this.CONSUME(T.AnyName, { LABEL: "argName" });
      this.CONSUME(T.Colon);
    });
    this.SUBRULE(this.expression);
  });

  primary = this.RULE("primary", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.numberOrQuantity) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.SUBRULE(this.list) },
      { ALT: () => { this.CONSUME(T.LParen); this.SUBRULE(this.expression); this.CONSUME(T.RParen); } },
    ]);
  });

  numberOrQuantity = this.RULE("numberOrQuantity", () => {
    this.CONSUME(T.NumberLiteral);
    this.OPTION({
      // a word on the same line that does not start the next field is the number's unit
      GATE: () => !(this.LA(1) as Token).nl && this.LA(2).tokenType !== T.Colon && this.LA(2).tokenType !== T.LBrace,
      DEF: () => this.CONSUME(T.Identifier, { LABEL: "unit" }),
    });
    this.OPTION2(() => this.CONSUME(T.Percent));
  });

  list = this.RULE("list", () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => {
      this.SUBRULE(this.expression);
      this.MANY({
        GATE: () => this.LA(2).tokenType !== T.RBracket,
        DEF: () => { this.CONSUME(T.Comma); this.SUBRULE2(this.expression); },
      });
      this.OPTION2(() => this.CONSUME2(T.Comma, { LABEL: "trailing" }));
    });
    this.CONSUME(T.RBracket);
  });
}

let instance: GolongParser | undefined;

/** The one parser instance (building it costs the grammar analysis: do it once). */
export function golongParser(): GolongParser {
  instance ??= new GolongParser();
  return instance;
}

export type { CstNode };
