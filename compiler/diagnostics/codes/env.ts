// compiler/diagnostics/codes/env.ts — GL06xx: environment and data. Owned by the checker (engineer 2); the
// grammar engineer created it empty so the catalog builds.
import { defineCodes } from "../catalog.js";

export const envCodes = defineCodes("env", {});
