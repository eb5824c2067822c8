// stdlib/metrics/python-value.ts — JSON as Python's `json.loads` reads it (ints and floats kept apart,
// big ints exact, NaN/Infinity accepted, duplicate keys: last value wins, first position), and
// Python's `str()`/`repr()` of the result. multitableqa keys rows by `str(value)`, so `1` and `1.0`
// must stay different and `True` must print as `True`.

export class PyInt { constructor(readonly digits: string) {} }
export class PyFloat { constructor(readonly value: number) {} }
export type PyValue = null | boolean | string | PyInt | PyFloat | PyValue[] | PyDict;
export class PyDict { constructor(readonly entries: Map<string, PyValue>) {} }

export class PyJsonError extends Error {}

/** Python's C scanner recurses per nesting level and hits the recursion limit near this depth. */
const MAX_DEPTH = 990;

/** What pyJsonTryLoads returns for text Python's json.loads rejects. */
export const NOT_JSON: unique symbol = Symbol("not JSON");

/** `json.loads(text)`; throws PyJsonError on what Python rejects (and on nesting deeper than
 *  Python's recursion limit, where the reference would raise RecursionError). */
export function pyJsonLoads(text: string): PyValue {
  const v = pyJsonTryLoads(text);
  if (v === NOT_JSON) throw new PyJsonError(lastError);
  return v;
}

/** `json.loads(text)`, or NOT_JSON where Python raises. */
export function pyJsonTryLoads(text: string): PyValue | typeof NOT_JSON {
  src = text;
  len = text.length;
  pos = 0;
  error = "";
  let v = parseValue(0);
  if (error === "") {
    skipWs();
    if (pos !== len) v = fail("Extra data");
  }
  src = "";
  if (error === "") return v;
  lastError = error;
  return NOT_JSON;
}

// The parser's state lives in module variables (one parse at a time, synchronously) so a parse
// allocates no closures; characters are compared as UTF-16 codes (-1 past the end). A failure sets
// `error` and unwinds by return values, not exceptions: most model outputs are not JSON, and a
// throw costs microseconds.
let src = "";
let len = 0;
let pos = 0;
let error = "";
let lastError = "";

const at = (i: number): number => (i < len ? src.charCodeAt(i) : -1);

function fail(what: string): null {
  if (error === "") error = `${what} at char ${pos}`;
  return null;
}

function skipWs(): void {
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
    else return;
  }
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function escaped(e: number): string | undefined {
  switch (e) {
    case 0x22: return '"';
    case 0x5c: return "\\";
    case 0x2f: return "/";
    case 0x62: return "\b";
    case 0x66: return "\f";
    case 0x6e: return "\n";
    case 0x72: return "\r";
    case 0x74: return "\t";
    default: return undefined;
  }
}

/** A string at `pos` (on its opening quote); "" with `error` set on failure. */
function parseString(): string {
  let start = ++pos;
  // Fast path: no escape or control character before the closing quote.
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c === 0x22) return src.slice(start, pos++);
    if (c === 0x5c || c < 0x20) break;
    pos++;
  }
  let out = "";
  for (;;) {
    if (pos >= len) { fail("Unterminated string"); return ""; }
    const c = src.charCodeAt(pos);
    if (c === 0x22) { out += src.slice(start, pos); pos++; return out; }
    if (c < 0x20) { fail("Invalid control character"); return ""; }
    if (c === 0x5c) {
      out += src.slice(start, pos);
      const e = at(pos + 1);
      const simple = escaped(e);
      if (simple !== undefined) { out += simple; pos += 2; }
      else if (e === 0x75) {
        let code = 0;
        for (let k = 2; k < 6; k++) {
          const h = hexValue(at(pos + k));
          if (h < 0) { fail("Invalid \\uXXXX escape"); return ""; }
          code = code * 16 + h;
        }
        out += String.fromCharCode(code);
        pos += 6;
      } else { fail("Invalid \\escape"); return ""; }
      start = pos;
    } else pos++;
  }
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Python's number grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?; an int when it has neither part. */
function parseNumber(): PyValue {
  const start = pos;
  if (at(pos) === 0x2d) pos++;
  const first = at(pos);
  if (!isDigit(first)) { pos = start; return fail("Expecting value"); }
  pos++;
  if (first !== 0x30) while (isDigit(at(pos))) pos++;
  let isInt = true;
  if (at(pos) === 0x2e && isDigit(at(pos + 1))) {
    isInt = false;
    pos += 2;
    while (isDigit(at(pos))) pos++;
  }
  const e = at(pos);
  if (e === 0x65 || e === 0x45) {
    let k = pos + 1;
    const sign = at(k);
    if (sign === 0x2b || sign === 0x2d) k++;
    if (isDigit(at(k))) {
      isInt = false;
      pos = k + 1;
      while (isDigit(at(pos))) pos++;
    }
  }
  const lit = src.slice(start, pos);
  // JSON ints have no leading zeros, so the literal is already Python's str() of it, except "-0".
  return isInt ? new PyInt(lit === "-0" ? "0" : lit) : new PyFloat(Number(lit));
}

function parseObject(depth: number): PyValue {
  pos++;
  const entries = new Map<string, PyValue>();
  skipWs();
  if (at(pos) === 0x7d) { pos++; return new PyDict(entries); }
  for (;;) {
    skipWs();
    if (at(pos) !== 0x22) return fail("Expecting property name enclosed in double quotes");
    const k = parseString();
    if (error !== "") return null;
    skipWs();
    if (at(pos) !== 0x3a) return fail("Expecting ':' delimiter");
    pos++;
    const v = parseValue(depth + 1);
    if (error !== "") return null;
    entries.set(k, v);
    skipWs();
    const d = at(pos);
    if (d === 0x2c) { pos++; continue; }
    if (d === 0x7d) { pos++; return new PyDict(entries); }
    return fail("Expecting ',' delimiter");
  }
}

function parseArray(depth: number): PyValue {
  pos++;
  const items: PyValue[] = [];
  skipWs();
  if (at(pos) === 0x5d) { pos++; return items; }
  for (;;) {
    const v = parseValue(depth + 1);
    if (error !== "") return null;
    items.push(v);
    skipWs();
    const d = at(pos);
    if (d === 0x2c) { pos++; continue; }
    if (d === 0x5d) { pos++; return items; }
    return fail("Expecting ',' delimiter");
  }
}

function parseValue(depth: number): PyValue {
  if (depth > MAX_DEPTH) return fail("maximum recursion depth exceeded");
  skipWs();
  switch (at(pos)) {
    case 0x22: return parseString();
    case 0x7b: return parseObject(depth);
    case 0x5b: return parseArray(depth);
    case 0x6e: if (src.startsWith("null", pos)) { pos += 4; return null; } break;
    case 0x74: if (src.startsWith("true", pos)) { pos += 4; return true; } break;
    case 0x66: if (src.startsWith("false", pos)) { pos += 5; return false; } break;
    case 0x4e: if (src.startsWith("NaN", pos)) { pos += 3; return new PyFloat(NaN); } break;
    case 0x49: if (src.startsWith("Infinity", pos)) { pos += 8; return new PyFloat(Infinity); } break;
    case 0x2d: if (src.startsWith("-Infinity", pos)) { pos += 9; return new PyFloat(-Infinity); } break;
  }
  return parseNumber();
}

/** A JavaScript value (already parsed by JSON.parse) as the Python value it most likely was: an
 *  integral number becomes an int. Lossy for floats like `7.0`; callers holding the raw JSON text
 *  should use pyJsonLoads instead. */
export function fromJs(v: unknown): PyValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) && Math.abs(v) < 2 ** 53 ? new PyInt(String(v)) : new PyFloat(v);
  if (typeof v === "bigint") return new PyInt(v.toString());
  if (Array.isArray(v)) return v.map(fromJs);
  if (v instanceof PyInt || v instanceof PyFloat || v instanceof PyDict) return v;
  if (typeof v === "object") {
    const m = new Map<string, PyValue>();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) m.set(k, fromJs(x));
    return new PyDict(m);
  }
  return String(v);
}

/** Python `repr(float)`: shortest round-trip digits, fixed notation for exponents −4..15 (with ".0"
 *  when integral), else scientific with a signed two-digit-minimum exponent. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // Between 1e-4 and 1e16 both languages print the shortest round-trip digits in fixed notation
  // (JavaScript up to 1e21 and down to 1e-6); Python adds ".0" to an integral value.
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    const fixed = String(x);
    return Number.isInteger(x) ? fixed + ".0" : fixed;
  }
  const [mant, expStr] = Math.abs(x).toExponential().split("e");
  const exp = Number(expStr);
  const digits = mant.replace(".", "");
  const sign = x < 0 ? "-" : "";
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" : ""}${e}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}

/** Python's `str.isprintable()` for one code point (Unicode categories Cc Cf Cs Co Cn Zl Zp Zs are
 *  not printable, except the ASCII space). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** Python `repr(str)`: single quotes unless the text has ' and no ", backslash escapes for the
 *  quote, \\, \t, \n, \r, and \x/\u/\U escapes for what is not printable. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== " " && NON_PRINTABLE.test(ch)) {
      out += cp < 0x100 ? "\\x" + hex(cp, 2) : cp < 0x10000 ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

export function pyRepr(v: PyValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "string") return pyStrRepr(v);
  if (v instanceof PyInt) return v.digits;
  if (v instanceof PyFloat) return pyFloatRepr(v.value);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  const parts: string[] = [];
  for (const [k, x] of v.entries) parts.push(`${pyStrRepr(k)}: ${pyRepr(x)}`);
  return `{${parts.join(", ")}}`;
}

/** Python `str(v)`: a string is itself, everything else its repr. */
export function pyStr(v: PyValue): string {
  return typeof v === "string" ? v : pyRepr(v);
}
