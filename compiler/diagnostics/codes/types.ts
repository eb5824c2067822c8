// compiler/diagnostics/codes/types.ts — GL03xx: types (record fields, metric signatures). Owned by the checker (engineer 2); the
// grammar engineer created it empty so the catalog builds.
import { defineCodes } from "../catalog.js";

export const typeCodes = defineCodes("types", {});
