// compiler/diagnostics/codes/names.ts — GL02xx: name resolution (unknown names, duplicates, imports). Owned by the checker (engineer 2); the
// grammar engineer created it empty so the catalog builds.
import { defineCodes } from "../catalog.js";

export const nameCodes = defineCodes("names", {});
