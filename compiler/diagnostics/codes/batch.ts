// compiler/diagnostics/codes/batch.ts — GL05xx: batch and resource arithmetic. Owned by the checker (engineer 2); the
// grammar engineer created it empty so the catalog builds.
import { defineCodes } from "../catalog.js";

export const batchCodes = defineCodes("batch", {});
