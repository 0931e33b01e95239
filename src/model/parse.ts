// Parse one dataset file (YAML or JSON) into plain data, with a way to locate problems by line: YAML through the
// parser's document, JSON (parseJson.ts) through its text, read only when a problem needs a place.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Problem } from "./errors.ts";
import { MAX_FILE_BYTES } from "./limits.ts";
import { findTooDeep, TOO_DEEP_MESSAGE, tooDeepPath } from "./nesting.ts";
import { parseJson } from "./parseJson.ts";

export type PathKey = string | number;

/** A parsed file: its data and a way to find the line and column of any JSON path in it. */
export interface ParsedFile {
  file: string;
  data: unknown;
  locate(path: readonly PathKey[]): { line: number; column: number } | undefined;
}

/** `agreements[3].timeline[0].date` from `["agreements", 3, "timeline", 0, "date"]`; `(root)` for the empty path. */
export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
  }
  return out || "(root)";
}

/** UTF-8 size without TextEncoder, which the core's DOM-free type check does not know. */
function byteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Line and column (from 1) of an offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}

/**
 * Parse a dataset file. `.json` files must be strict JSON (with each key once per object); anything else is read as
 * YAML.
 * Returns the parsed file, or the problems that stopped parsing (oversize, syntax, duplicate keys).
 */
export function parseFile(
  file: string,
  text: string,
  knownSize?: number,
): { parsed?: ParsedFile; problems: Problem[] } {
  const size = knownSize ?? byteLength(text);
  if (size > MAX_FILE_BYTES) {
    return {
      problems: [
        {
          file,
          path: "(file)",
          message: `file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes`,
        },
      ],
    };
  }
  // A byte-order mark is no part of the data; editors on Windows write one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json = /\.json$/i.test(file);
  const deep = findTooDeep(body, json);
  if (deep)
    return {
      problems: [{ file, path: "(file)", ...lineAndColumn(body, deep.offset), message: TOO_DEEP_MESSAGE }],
    };
  if (json) {
    // Nesting was measured exactly in the text above, so the data needs no second look (as YAML's aliases would).
    const { data, locate, problems } = parseJson(file, body);
    return locate ? { parsed: { file, data, locate }, problems } : { problems };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        // Without prettyErrors the error carries only its offset; the line counter turns it into line and column.
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        return {
          file,
          path: "(file)",
          line: pos.line,
          column: pos.col,
          message: `syntax error: ${e.message.split("\n")[0]}`,
        };
      }),
    };
  }
  const locate = (path: readonly PathKey[]) => {
    // Walk as deep as the document goes, so a missing key is reported at its parent.
    let node: Node | null | undefined = doc.contents;
    let found: Node | null | undefined = node;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        node = pair?.value as Node | null | undefined;
        if (!node) {
          found = (pair?.key as Node | undefined) ?? found;
          break;
        }
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key] as Node | undefined;
        if (!node) break;
      } else break;
      found = node;
    }
    const offset = found?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      problems: [{ file, path: "(file)", message: `cannot read: ${(error as Error).message}` }],
    };
  }
  const deepPath = tooDeepPath(data);
  if (deepPath) {
    const where = formatPath(deepPath);
    return { problems: [{ file, path: where, ...locate(deepPath), message: TOO_DEEP_MESSAGE }] };
  }
  return { parsed: { file, data, locate }, problems: [] };
}
