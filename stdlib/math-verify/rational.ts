// stdlib/math-verify/rational.ts — exact rationals over BigInt, the number type sympy's Integer and
// Rational stand for. Always reduced, denominator positive; zero denominator is the caller's problem.

export interface Rat { readonly p: bigint; readonly q: bigint }

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(p: bigint, q: bigint = 1n): Rat {
  if (q < 0n) { p = -p; q = -q; }
  const g = gcd(p, q);
  return g > 1n ? { p: p / g, q: q / g } : { p, q };
}

export const ratAdd = (a: Rat, b: Rat): Rat => rat(a.p * b.q + b.p * a.q, a.q * b.q);
export const ratMul = (a: Rat, b: Rat): Rat => rat(a.p * b.p, a.q * b.q);
export const ratNeg = (a: Rat): Rat => ({ p: -a.p, q: a.q });
export const ratEq = (a: Rat, b: Rat): boolean => a.p === b.p && a.q === b.q;
export const ratCmp = (a: Rat, b: Rat): number => {
  const d = a.p * b.q - b.p * a.q;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const ratToNumber = (a: Rat): number => (a.q === 1n ? Number(a.p) : bigRatioToNumber(a.p, a.q));

function bigRatioToNumber(p: bigint, q: bigint): number {
  const np = Number(p), nq = Number(q);
  if (Number.isFinite(np) && Number.isFinite(nq) && Math.abs(np) < 2 ** 53 && nq < 2 ** 53) return np / nq;
  // Scale both down to keep the ratio representable.
  const shift = BigInt(Math.max(0, q.toString(2).length - 60));
  return Number(p >> shift) / Number(q >> shift);
}

/** a ** n for an integer n, with a bound on the size of the result (null when too big). */
export function ratPowInt(a: Rat, n: bigint, maxBits = 4096): Rat | null {
  if (n === 0n) return rat(1n);
  if (n < 0n) {
    if (a.p === 0n) return null;
    const inv = rat(a.q, a.p);
    return ratPowInt(inv, -n, maxBits);
  }
  const bits = Math.max(a.p < 0n ? (-a.p).toString(2).length : a.p.toString(2).length, a.q.toString(2).length);
  if (bits * Number(n) > maxBits) return null;
  return rat(a.p ** n, a.q ** n);
}

/** Integer square root test: the exact rational square root, or null when irrational. */
export function ratSqrtExact(a: Rat): Rat | null {
  if (a.p < 0n) return null;
  const sp = isqrt(a.p), sq = isqrt(a.q);
  return sp * sp === a.p && sq * sq === a.q ? rat(sp, sq) : null;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}
