// JSON dataset files read by the engine's own JSON.parse, many times faster than a YAML parser and without its
// document tree; lines and columns are found in the text only when a problem needs them.
import type { Problem } from "./errors.ts";
import type { PathKey } from "./parse.ts";

type Place = { line: number; column: number };

/** Where offsets of a text fall: line starts, found once, then a binary search per offset. */
function lineIndex(text: string): (offset: number) => Place {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The offset just past the string that opens at `i` (a quote). */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return text.length;
}

/** The offset just past the value that starts at `i`, in text known to be valid JSON. */
function valueEnd(text: string, i: number): number {
  const open = text.charCodeAt(i);
  if (open === 0x22) return stringEnd(text, i);
  if (open === 0x7b || open === 0x5b) {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) j = stringEnd(text, j) - 1;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) return j + 1;
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j)) && !",]}".includes(text[j]!)) j++;
  return j;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The members of the object or array that starts at `i`: each key (or index) with the offsets where its value and
 * its key start (the key's opening quote; the value's, for an array), in order; a repeated key is listed each time.
 */
function members(text: string, i: number): { key: PathKey; value: number; at: number }[] {
  const out: { key: PathKey; value: number; at: number }[] = [];
  const object = text.charCodeAt(i) === 0x7b;
  let j = skipSpace(text, i + 1);
  while (j < text.length && text[j] !== "}" && text[j] !== "]") {
    const at = j;
    let key: PathKey = out.length;
    if (object) {
      const end = stringEnd(text, j);
      key = JSON.parse(text.slice(j, end)) as string;
      j = skipSpace(text, skipSpace(text, end) + 1);
    }
    out.push({ key, value: j, at });
    j = skipSpace(text, valueEnd(text, j));
    if (text[j] === ",") j = skipSpace(text, j + 1);
  }
  return out;
}

/**
 * A locator for valid JSON text: the line and column of the value at a JSON path, or of the deepest part of the
 * path that exists (a missing key is placed at its object). Each object or array on a path is read once, on the
 * first question that passes through it.
 */
export function jsonLocator(text: string): (path: readonly PathKey[]) => Place | undefined {
  const place = lineIndex(text);
  const known = new Map<number, Map<PathKey, number>>();
  const childrenAt = (offset: number) => {
    let children = known.get(offset);
    if (!children) {
      children = new Map();
      for (const { key, value } of members(text, offset)) if (!children.has(key)) children.set(key, value);
      known.set(offset, children);
    }
    return children;
  };
  return (path) => {
    let offset = skipSpace(text, 0);
    if (offset >= text.length) return undefined;
    for (const key of path) {
      const c = text.charCodeAt(offset);
      const fits = c === 0x7b ? typeof key === "string" : c === 0x5b && typeof key === "number";
      const next = fits ? childrenAt(offset).get(key) : undefined;
      if (next === undefined) break;
      offset = next;
    }
    return place(offset);
  };
}

/** How many keys the objects of a JSON text hold, counted in the text: a string followed by a colon is a key. */
function keysInText(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0x22) continue;
    i = stringEnd(text, i);
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 0x3a) count++;
    i--;
  }
  return count;
}

/** How many keys the objects of parsed data hold. */
function keysInData(data: unknown): number {
  let count = 0;
  const stack = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) for (const v of value) stack.push(v);
    else {
      const keys = Object.keys(value);
      count += keys.length;
      for (const k of keys) stack.push((value as Record<string, unknown>)[k]);
    }
  }
  return count;
}

/** Every repeated key of every object in valid JSON text, at the place of its repetition. */
function repeatedKeys(text: string): { key: string; offset: number }[] {
  const out: { key: string; offset: number }[] = [];
  const visit = (start: number) => {
    const c = text.charCodeAt(start);
    if (c !== 0x7b && c !== 0x5b) return;
    const seen = new Set<PathKey>();
    for (const { key, value, at } of members(text, start)) {
      if (c === 0x7b && seen.has(key)) out.push({ key: String(key), offset: at });
      seen.add(key);
      visit(value);
    }
  };
  visit(skipSpace(text, 0));
  return out;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** The offset of the first character that keeps a text from being JSON (the text's length if it ends too soon). */
function syntaxErrorAt(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const space = () => {
    i = skipSpace(text, i);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail();
        i = ESCAPE.lastIndex;
      } else i++;
    }
    fail();
  };
  const items = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ",") fail();
      i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{")
      items("}", () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ":") fail();
        i++;
        value();
      });
    else if (c === "[") items("]", value);
    else if (c === '"') string();
    else {
      LITERAL.lastIndex = i;
      if (!LITERAL.test(text)) fail();
      i = LITERAL.lastIndex;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
  } catch (error) {
    if (error instanceof RangeError && /^\d+$/.test(error.message)) return Number(error.message);
    throw error;
  }
  return text.length;
}

/**
 * JSON.parse's syntax error as a problem, placed where the message says or, for the messages that give no place
 * ("Unexpected token", "Unexpected end"), where the text stops being JSON.
 */
function syntaxProblem(file: string, text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  const words = message.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/s, "");
  return {
    file,
    path: "(file)",
    ...lineIndex(text)(at ? Number(at[1]) : syntaxErrorAt(text)),
    message: `JSON syntax error: ${words}`,
  };
}

/**
 * Parse the text of a `.json` dataset file (its byte-order mark already removed): the data and a locator, or the
 * problems that stop it: a syntax error, or keys repeated within an object (which JSON.parse would quietly resolve
 * to the last), each placed by line and column.
 */
export function parseJson(
  file: string,
  text: string,
): { data?: unknown; locate?: (path: readonly PathKey[]) => Place | undefined; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [syntaxProblem(file, text, error)] };
  }
  // Counting is cheap; only when the counts differ is each repetition looked for.
  if (keysInText(text) !== keysInData(data)) {
    const place = lineIndex(text);
    return {
      problems: repeatedKeys(text).map(({ key, offset }) => ({
        file,
        path: "(file)",
        ...place(offset),
        message: `duplicate key ${JSON.stringify(key)}: a key may appear only once in an object`,
      })),
    };
  }
  return { data, locate: jsonLocator(text), problems: [] };
}
