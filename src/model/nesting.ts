// How deep lists and mappings nest in a dataset file, measured before any parser runs: parsers recurse, and a file
// nested thousands deep would exhaust their stack (or the process) instead of getting a clear problem.
import { MAX_DEPTH } from "./limits.ts";
import type { PathKey } from "./parse.ts";

/** Where nesting first goes deeper than MAX_DEPTH: an offset in the text. */
export interface TooDeep {
  offset: number;
}

/** JSON: brackets outside strings, exactly. */
function jsonTooDeep(text: string): TooDeep | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return { offset: i };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

/**
 * True where a quoted scalar may open: at the line's start or after an indicator ("key: ", "- ", "[", "{", ",").
 * A colon is an indicator only before a space or right after a quoted key (`"a":"b"`); elsewhere it is part of a
 * plain scalar (the flow key `:'(` holds no quote).
 */
function startsScalar(line: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && line[j] === " ") j--;
  if (j < 0 || "[{,".includes(line[j]!)) return true;
  if (line[j] === ":") return line[j + 1] === " " || line[j - 1] === '"' || line[j - 1] === "'";
  return (line[j] === "-" || line[j] === "?") && line[j + 1] === " ";
}

/** A value that starts a block scalar ("key: |", "- >-"): the lines indented under it are text. */
const BLOCK_SCALAR = /(?:^\s*|[:-]\s+)[|>][0-9+-]*\s*(?:#.*)?$/;

/**
 * YAML: block levels by indentation (each deeper indent and each leading "- " or "? " opens one) plus flow
 * brackets outside quotes and comments. Never less than the true depth; at most a level or so more on ordinary
 * files (a plain scalar continued on a deeper line counts as one), which the limit leaves ample room for.
 */
function yamlTooDeep(text: string): TooDeep | undefined {
  const indents: number[] = [];
  let flow = 0;
  let scalarIndent: number | undefined;
  let offset = 0;
  for (const raw of text.split("\n")) {
    const lineOffset = offset;
    offset += raw.length + 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const indent = line.length - line.trimStart().length;
    const content = line.trimStart();
    if (scalarIndent !== undefined) {
      if (content === "" || indent > scalarIndent) continue;
      scalarIndent = undefined;
    }
    if (content === "" || content.startsWith("#")) continue;
    let depth = flow;
    let i = indent;
    if (flow === 0) {
      const dash = (j: number) =>
        (line[j] === "-" || line[j] === "?") && (line[j + 1] === " " || j + 1 === line.length);
      // A sequence may sit at its parent key's own column ("a:\n- x"): its lines count half a column deeper.
      const start = dash(i) ? indent + 0.5 : indent;
      while (indents.length > 0 && indents[indents.length - 1]! >= start) indents.pop();
      indents.push(start);
      // Each "- " opens a level at the column of what follows it, so deeper lines nest under that.
      while (dash(i)) {
        i += 2;
        while (line[i] === " ") i++;
        indents.push(i);
      }
      depth = indents.length;
      if (depth > MAX_DEPTH) return { offset: lineOffset + indent };
    }
    const base = depth - flow;
    const column = i;
    let quote: string | undefined;
    // Inside a plain (unquoted) scalar of block context nothing opens: "$[{" is text, not two collections.
    let plain = false;
    for (; i < line.length; i++) {
      const c = line[i]!;
      const spaced = i + 1 === line.length || line[i + 1] === " ";
      if (quote) {
        if (quote === '"' && c === "\\") i++;
        else if (c === quote) quote = undefined;
      } else if (c === " ") continue;
      else if (c === "#" && (i === 0 || line[i - 1] === " ")) break;
      else if (flow === 0 && plain) {
        if (c === ":" && spaced) plain = false;
      } else if ((c === '"' || c === "'") && startsScalar(line, i)) quote = c;
      else if (c === "[" || c === "{") {
        if (base + ++flow > MAX_DEPTH) return { offset: lineOffset + i };
      } else if ((c === "]" || c === "}") && flow > 0) flow--;
      else if (flow === 0 && !((c === ":" || c === "-" || c === "?") && spaced)) plain = true;
    }
    if (flow === 0 && BLOCK_SCALAR.test(line)) scalarIndent = column;
  }
  return undefined;
}

/** The first place where the text nests lists and mappings deeper than MAX_DEPTH, or undefined. */
export function findTooDeep(text: string, json: boolean): TooDeep | undefined {
  return json ? jsonTooDeep(text) : yamlTooDeep(text);
}

/**
 * The path of the first value nested deeper than MAX_DEPTH in parsed data, or undefined. Walks without recursion:
 * aliases can build depth that the text does not show.
 */
export function tooDeepPath(data: unknown): PathKey[] | undefined {
  const stack: { value: unknown; path: PathKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length >= MAX_DEPTH) return path;
    const entries: [PathKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value as Record<string, unknown>);
    for (const [key, v] of entries) stack.push({ value: v, path: [...path, key] });
  }
  return undefined;
}

/** The message for a file nested too deep. */
export const TOO_DEEP_MESSAGE = `nesting too deep: lists and mappings here nest more than ${MAX_DEPTH} levels (a dataset file needs about 6)`;
