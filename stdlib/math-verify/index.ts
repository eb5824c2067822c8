// stdlib/math-verify/index.ts — PROVISIONAL, written by engineer 3 (metrics) so the registry builds:
// exact string match after trimming. Engineer 4 (math-verify) owns this file and replaces it wholesale
// with the reference's math_dapo path; keep the export `mathVerify(solution, groundTruth): number`.

export function mathVerify(solution: string, groundTruth: string | readonly string[]): number {
  const golds = typeof groundTruth === "string" ? [groundTruth] : groundTruth;
  const got = solution.slice(-500).trim();
  return golds.some((g) => g.trim() === got) ? 1 : 0;
}
