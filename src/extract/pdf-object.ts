// Whether a PDF object's value parses: one value (dictionary, array,
// string, name, number, reference, boolean, null) after `N G obj`, then
// `endobj` or `stream`. pdf.js repairs around an object that does not —
// and a font whose dictionary lost a byte (`/ItalicAngle 0` → `(0`, `<<` →
// `8<`) then draws its characters with no text behind them: the digits
// column of a table gone, nothing said (fuzzing, seeds 404 and 505).
// Nor does one with a comment inside a dictionary or array: legal syntax
// that no writer produces, and one byte turned into `%` comments out the
// rest of its line — an annotation's /Contents with the list in it gone,
// the annotation still there (fuzzing, seed 99).

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
/** Nesting of arrays and dictionaries a hostile file could use to exhaust the stack. */
const MAX_DEPTH = 256;

/** Comments met inside a dictionary or array of the object being parsed (objectParses is synchronous). */
let commentsInside = 0;

/**
 * Whether the object whose value starts at `at` (just after `obj`) is one
 * well-formed value, with no comment inside it, followed by `endobj` or `stream`.
 */
export function objectParses(text: string, at: number): boolean {
  commentsInside = 0;
  const end = value(text, at, 0);
  if (end < 0 || commentsInside > 0) return false;
  const next = skip(text, end);
  return text.startsWith('endobj', next) || text.startsWith('stream', next);
}

/** Past white space and comments (counted when `inside` a dictionary or array). */
function skip(s: string, i: number, inside = false): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (WHITE.has(c)) i++;
    else if (c === 0x25) {
      if (inside) commentsInside++;
      while (i < s.length && s.charCodeAt(i) !== 0x0a && s.charCodeAt(i) !== 0x0d) i++;
    } else break;
  }
  return i;
}

/** The index after one value, or −1. */
function value(s: string, at: number, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  let i = skip(s, at, depth > 0);
  const c = s.charCodeAt(i);
  if (c === 0x3c && s.charCodeAt(i + 1) === 0x3c) {
    // << /Key value … >>
    for (i = skip(s, i + 2, true); !(s.charCodeAt(i) === 0x3e && s.charCodeAt(i + 1) === 0x3e); i = skip(s, i, true)) {
      if (s.charCodeAt(i) !== 0x2f) return -1;
      i = value(s, name(s, i), depth + 1);
      if (i < 0) return -1;
    }
    return i + 2;
  }
  if (c === 0x3c) {
    for (i++; i < s.length && s.charCodeAt(i) !== 0x3e; i++) if (!isHexOrWhite(s.charCodeAt(i))) return -1;
    return i < s.length ? i + 1 : -1;
  }
  if (c === 0x28) return literal(s, i);
  if (c === 0x5b) {
    for (i = skip(s, i + 1, true); s.charCodeAt(i) !== 0x5d; i = skip(s, i, true)) {
      if (i >= s.length) return -1;
      i = value(s, i, depth + 1);
      if (i < 0) return -1;
    }
    return i + 1;
  }
  if (c === 0x2f) return name(s, i);
  if (isNumberStart(c)) {
    const after = number(s, i);
    // `N G R`: a reference.
    const g = skip(s, after, depth > 0);
    if (isDigit(s.charCodeAt(g))) {
      const afterG = number(s, g);
      const r = skip(s, afterG, depth > 0);
      if (s.charCodeAt(r) === 0x52 && ends(s, r + 1)) return r + 1;
    }
    return after;
  }
  for (const word of ['true', 'false', 'null']) if (s.startsWith(word, i) && ends(s, i + word.length)) return i + word.length;
  return -1;
}

/** A literal string: balanced parentheses, backslash escapes. */
function literal(s: string, at: number): number {
  let depth = 0;
  for (let i = at; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return -1;
}

function name(s: string, at: number): number {
  let i = at + 1;
  while (i < s.length && !WHITE.has(s.charCodeAt(i)) && !DELIMITERS.has(s.charCodeAt(i))) i++;
  return i;
}

function number(s: string, at: number): number {
  let i = at + 1;
  while (i < s.length && (isDigit(s.charCodeAt(i)) || s.charCodeAt(i) === 0x2e)) i++;
  return i;
}

/** A keyword or number ends at white space, a delimiter or the end. */
const ends = (s: string, i: number): boolean => i >= s.length || WHITE.has(s.charCodeAt(i)) || DELIMITERS.has(s.charCodeAt(i));
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isNumberStart = (c: number): boolean => isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e;
const isHexOrWhite = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) || WHITE.has(c);
