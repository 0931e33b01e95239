// Reads dataset files from disk for the CLI: one file, or every YAML/JSON file of a folder (sorted by name).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatasetSource, MAX_FILE_BYTES } from "../model/index.ts";

/** The built-in dataset folder. */
export const DEFAULT_DATASET = fileURLToPath(new URL("../../graph-data", import.meta.url));

const DATA_FILE = /\.(ya?ml|json)$/i;
const NOT_DATA = /\.schema\.json$/i;

export class ReadError extends Error {}

/**
 * The dataset files at `path` as text; a file over the size limit is passed unread, with its size. Throws ReadError when the path cannot be read.
 */
export function readDatasetFiles(path: string): DatasetSource[] {
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
