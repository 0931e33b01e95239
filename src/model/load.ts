// Load a dataset from its files: parse, check against the schema, merge, and check references and dates.
import { checkDataset } from "./checks.ts";
import { decodeDatasetBytes } from "./decode.ts";
import type { Problem } from "./errors.ts";
import { MAX_FILE_BYTES } from "./limits.ts";
import { emptyDataset, mergeFile, mergeReadable, type Origin, SECTIONS, type Unread } from "./merge.ts";
import { parseFile } from "./parse.ts";
import { type Dataset, datasetFileSchema } from "./schema.ts";
import { describe, zodProblems } from "./schemaProblems.ts";

/**
 * A dataset file, named as the user knows it (a path, or a name in the import dialog), as text or as the bytes read
 * from disk or picked in the browser. Bytes are decoded here, as strict UTF-8 (see decode.ts): readers hand them
 * over rather than decoding them in a way that would hide a file in another encoding.
 */
export type DatasetSource = { file: string; size?: number } & (
  | { text: string; bytes?: undefined }
  | { bytes: Uint8Array; text?: undefined }
);

/** The text of a source, or the problem that keeps it from being read (too large, not UTF-8). */
function textOf(source: DatasetSource): { text?: string; problem?: Problem } {
  if (source.bytes === undefined) return { text: source.text };
  if ((source.size ?? source.bytes.length) > MAX_FILE_BYTES) return { text: "" };
  return decodeDatasetBytes(source.file, source.bytes);
}

export type LoadResult = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

/**
 * Load a dataset from one or more files. Every problem is collected, none stops the others from being found:
 * records that pass the schema go on to the cross-record checks even when others in their file failed, and a
 * reference to a record that failed is not called unknown. A file that cannot be parsed at all turns the
 * unknown-reference checks off, since they could only guess. An empty list of files is a problem, not an exception.
 */
export function loadDataset(files: readonly DatasetSource[]): LoadResult {
  const problems: Problem[] = [];
  if (files.length === 0) {
    return {
      ok: false,
      problems: [{ file: "(dataset)", path: "(root)", message: "no dataset files given" }],
    };
  }
  const dataset = emptyDataset();
  const origins = new Map<object, Origin>();
  const unread: Unread = { ids: new Map(), sections: new Set() };
  for (const source of files) {
    const { file } = source;
    const { text, problem } = textOf(source);
    const size = source.size ?? source.bytes?.length;
    const { parsed, problems: parseProblems } = problem
      ? { parsed: undefined, problems: [problem] }
      : parseFile(file, text ?? "", size);
    problems.push(...parseProblems);
    if (!parsed || parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
      // Nothing of this file can be known, so no reference anywhere can be called unknown.
      for (const section of SECTIONS) unread.sections.add(section);
      if (parsed) {
        problems.push({
          file,
          path: "(root)",
          ...parsed.locate([]),
          message:
            parsed.data == null
              ? "the file is empty: a dataset file is a mapping of sections (sources, topics, parties, agreements, …)"
              : `a dataset file must be a mapping of sections (sources, topics, parties, agreements, …), not ${describe(parsed.data)}`,
        });
      }
      continue;
    }
    const result = datasetFileSchema.safeParse(parsed.data);
    if (result.success) mergeFile(dataset, result.data, parsed, origins);
    else {
      problems.push(...zodProblems(parsed, result.error));
      mergeReadable(dataset, parsed, origins, unread);
    }
  }
  // The cross-record checks also run when some records failed the schema, so one pass reports both kinds.
  problems.push(...checkDataset(dataset, origins, unread, files[0]!.file));
  if (problems.length > 0) return { ok: false, problems };
  dataset.title ||= "Untitled dataset";
  return { ok: true, dataset, problems: [] };
}
