#!/usr/bin/env node
// Links node_modules/.bin/golongc to bin/golongc.mjs after `npm ci`, as npm does for an installed
// package's bin, so scripts and tools that look there (the golden parity check, editors) find the
// project's own golongc. `npx golongc` works without it.
import { existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from "node:fs";

const root = new URL("..", import.meta.url);
const binDir = new URL("node_modules/.bin/", root);
if (!existsSync(new URL("node_modules/", root))) process.exit(0);
mkdirSync(binDir, { recursive: true });
const link = new URL("golongc", binDir).pathname;
try { if (lstatSync(link)) unlinkSync(link); } catch { /* not there yet */ }
symlinkSync("../../bin/golongc.mjs", link);
