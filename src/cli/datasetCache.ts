// The built-in dataset, validated when the command line is built and kept beside its bundle with a digest of the
// bytes of each file it came from: a run that reads the very same bytes skips decoding, parsing and validating them
// again, and a run that finds any file changed loads them the ordinary way (and reports what is wrong with them).
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Dataset, DatasetSource } from "../model";
import { PACKAGE_ROOT } from "./readDataset";

/** Where `npm run build:cli` keeps the validated built-in dataset. */
export const DATASET_CACHE = join(PACKAGE_ROOT, "dist-cli", "dataset.json");

interface CacheFile {
  files: { name: string; sha256: string }[];
  dataset: Dataset;
}

/** Each file's name and the digest of what was read of it: its bytes, or its text where no bytes were read. */
const named = (files: readonly DatasetSource[]) =>
  files.map((f) => ({
    name: basename(f.file),
    sha256: createHash("sha256")
      .update(f.bytes ?? `${f.size ?? ""}:${f.text}`)
      .digest("hex"),
  }));

/** The validated dataset kept for exactly these files, or undefined (no cache, or any file differs). */
export function cachedDataset(files: readonly DatasetSource[]): Dataset | undefined {
  let cache: CacheFile;
  try {
    cache = JSON.parse(readFileSync(DATASET_CACHE, "utf8")) as CacheFile;
  } catch {
    return undefined;
  }
  const now = named(files);
  const same =
    cache.files.length === now.length &&
    cache.files.every((f, i) => f.name === now[i]!.name && f.sha256 === now[i]!.sha256);
  return same ? cache.dataset : undefined;
}

/** Keep `dataset`, validated from `files`, for later runs. */
export function writeDatasetCache(files: readonly DatasetSource[], dataset: Dataset): void {
  const cache: CacheFile = { files: named(files), dataset };
  // Written aside and renamed, so that a run reading it meanwhile sees the old cache or the new, never half of one.
  const partial = `${DATASET_CACHE}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(cache));
  renameSync(partial, DATASET_CACHE);
}
