// compiler/diagnostics/codes/values.ts — GL04xx: values and ranges. Owned by the checker (engineer 2); the
// grammar engineer created it empty so the catalog builds.
import { defineCodes } from "../catalog.js";

export const valueCodes = defineCodes("values", {});
