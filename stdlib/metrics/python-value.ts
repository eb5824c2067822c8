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

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** What pyJsonTryLoads returns for text Python's json.loads rejects. */
export const NOT_JSON: unique symbol = Symbol("not JSON");

/** Thrown inside the parser: a constant, so a failed parse costs no stack trace. */
const FAIL = { reason: "" };

/** `json.loads(text)`; throws PyJsonError on what Python rejects (and on nesting deeper than
 *  Python's recursion limit, where the reference would raise RecursionError). */
export function pyJsonLoads(text: string): PyValue {
  const v = pyJsonTryLoads(text);
  if (v === NOT_JSON) throw new PyJsonError(FAIL.reason);
  return v;
}

/** `json.loads(text)`, or NOT_JSON where Python raises. */
export function pyJsonTryLoads(text: string): PyValue | typeof NOT_JSON {
  try {
    return parse(text);
  } catch (e) {
    if (e === FAIL) return NOT_JSON;
    throw e;
  }
}

function parse(text: string): PyValue {
  let i = 0;
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };
  const fail = (what: string): never => { FAIL.reason = `${what} at char ${i}`; throw FAIL; };
  const str = (): string => {
    i++; // opening quote
    let out = "";
    let start = i;
    for (;;) {
      if (i >= text.length) fail("Unterminated string");
      const c = text.charCodeAt(i);
      if (c === 0x22) { out += text.slice(start, i); i++; return out; }
      if (c < 0x20) fail("Invalid control character");
      if (c === 0x5c) {
        out += text.slice(start, i);
        const e = text[i + 1];
        if (e !== undefined && Object.hasOwn(ESCAPES, e)) { out += ESCAPES[e]; i += 2; }
        else if (e === "u") {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail("Invalid \\uXXXX escape");
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else fail("Invalid \\escape");
        start = i;
      } else i++;
    }
  };
  const value = (depth: number): PyValue => {
    if (depth > MAX_DEPTH) fail("maximum recursion depth exceeded");
    ws();
    const c = text[i];
    if (c === '"') return str();
    if (c === "{") {
      i++;
      const entries = new Map<string, PyValue>();
      ws();
      if (text[i] === "}") { i++; return new PyDict(entries); }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("Expecting property name enclosed in double quotes");
        const k = str();
        ws();
        if (text[i] !== ":") fail("Expecting ':' delimiter");
        i++;
        entries.set(k, value(depth + 1));
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "}") { i++; return new PyDict(entries); }
        fail("Expecting ',' delimiter");
      }
    }
    if (c === "[") {
      i++;
      const items: PyValue[] = [];
      ws();
      if (text[i] === "]") { i++; return items; }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "]") { i++; return items; }
        fail("Expecting ',' delimiter");
      }
    }
    if (text.startsWith("null", i)) { i += 4; return null; }
    if (text.startsWith("true", i)) { i += 4; return true; }
    if (text.startsWith("false", i)) { i += 5; return false; }
    if (text.startsWith("NaN", i)) { i += 3; return new PyFloat(NaN); }
    if (text.startsWith("Infinity", i)) { i += 8; return new PyFloat(Infinity); }
    if (text.startsWith("-Infinity", i)) { i += 9; return new PyFloat(-Infinity); }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail("Expecting value");
    i += m[0].length;
    if (m[1] === undefined && m[2] === undefined) return new PyInt(BigInt(m[0]).toString());
    return new PyFloat(Number(m[0]));
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail("Extra data");
  return v;
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
