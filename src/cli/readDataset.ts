// Reads dataset files for the CLI: one file, every YAML/JSON file of a folder (sorted by name), or standard input
// when the path is `-`.
import { existsSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatasetSource, MAX_FILE_BYTES } from "../model/index.ts";

/**
 * The folder of the package this module runs from: the nearest one up that holds package.json and graph-data/. The
 * CLI runs from its sources (src/cli) and from its bundle (dist-cli), so the depth differs; both find the same root.
 */
function packageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "graph-data"))) return dir;
    if (dirname(dir) === dir) return join(start, "..", "..");
  }
}

/** The package's folder, and the built-in dataset folder in it. */
export const PACKAGE_ROOT = packageRoot();
export const DEFAULT_DATASET = join(PACKAGE_ROOT, "graph-data");

/** The path that names standard input. */
export const STDIN = "-";

const DATA_FILE = /\.(ya?ml|json)$/i;
const NOT_DATA = /\.schema\.json$/i;

export class ReadError extends Error {}

/** Block for a moment when standard input has no data yet but is not closed (a non-blocking pipe). */
function pause() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

/** True when the first character of `bytes` other than a byte-order mark and white space is `{`. */
function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++;
  return bytes[i] === 0x7b;
}

/**
 * Standard input as one dataset file, its bytes handed to the loader (which decodes them as strict UTF-8, as it
 * does a file's). Its format is told by its first character that is not white space: `{` is JSON (checked
 * strictly, like a .json file), anything else YAML. Input over the size limit is counted, not kept, and passed
 * unread with its size like an oversize file.
 */
function readStdin(): DatasetSource {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(64 * 1024);
  let size = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        pause();
        continue;
      }
      if (code === "EOF") break;
      throw new ReadError(`standard input: cannot read (${code ?? (error as Error).message})`);
    }
    if (n === 0) break;
    size += n;
    if (size <= MAX_FILE_BYTES) chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  if (size > MAX_FILE_BYTES) return { file: "<stdin>.yaml", text: "", size };
  const bytes = Buffer.concat(chunks);
  return { file: looksLikeJson(bytes) ? "<stdin>.json" : "<stdin>.yaml", bytes };
}

/**
 * The dataset files at `path` as bytes (`-`: standard input); a file over the size limit is passed unread, with its
 * size. Throws ReadError when the path cannot be read.
 */
export function readDatasetFiles(path: string): DatasetSource[] {
  if (path === STDIN) return [readStdin()];
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new ReadError(`${path}: no such file or folder`);
  }
  const display = (file: string) => relative(process.cwd(), file) || file;
  const read = (file: string): DatasetSource => {
    const size = statSync(file).size;
    // A huge file is not read into memory: the loader reports its size like any other problem.
    if (size > MAX_FILE_BYTES) return { file: display(file), text: "", size };
    return { file: display(file), bytes: readFileSync(file) };
  };
  if (stat.isDirectory()) {
    const files = readdirSync(path)
      .filter((f) => DATA_FILE.test(f) && !NOT_DATA.test(f))
      .sort()
      .map((f) => read(join(path, f)));
    if (files.length === 0)
      throw new ReadError(`${path}: folder holds no .yaml, .yml or .json dataset files`);
    return files;
  }
  return [read(path)];
}
