// diagnostics/codes/index.ts — the one catalog: every phase's codes, gathered. A phase adds
// its codes in its own file here (syntax.ts, names.ts, types.ts, values.ts, batch.ts, env.ts).
import { buildCatalog, type Catalog, type CodeInfo } from "../catalog.js";
import { syntaxCodes } from "./syntax.js";
import { nameCodes } from "./names.js";
import { typeCodes } from "./types.js";
import { valueCodes } from "./values.js";
import { batchCodes } from "./batch.js";
import { envCodes } from "./env.js";

export const catalog: Catalog = buildCatalog([syntaxCodes, nameCodes, typeCodes, valueCodes, batchCodes, envCodes]);

export function lookupCode(code: string): CodeInfo | undefined {
  return catalog.byCode.get(code.toUpperCase());
}
