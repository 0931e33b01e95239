// The built-in dataset bundled at build time, an empty fallback model, and reading imported files in the browser.
import {
  buildModel,
  type DatasetSource,
  loadDataset,
  MAX_FILE_BYTES,
  type Model,
  type Problem,
} from "../model";

const bundled = import.meta.glob<string>(
  ["../../graph-data/*.{yaml,yml,json}", "!../../graph-data/*.schema.json"],
  { query: "?raw", import: "default", eager: true },
);

/** The built-in dataset files, named as in the repository and sorted by name like the CLI reads them. */
export const BUILT_IN_FILES: DatasetSource[] = Object.entries(bundled)
  .map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ""), text }))
  .sort((a, b) => a.file.localeCompare(b.file));

/** A model with nothing in it, so the explorer still opens when the built-in dataset is broken. */
export function emptyModel(): Model {
  return buildModel({
    title: "No dataset",
    sources: [],
    topics: [{ id: "any", name: "Any topic" }],
    parties: [],
    agreements: [],
    policies: [],
    incidents: [],
    discrepancies: [],
  });
}

export interface LoadedModel {
  model: Model;
  problems: Problem[];
}

/** Load the built-in dataset; when it is invalid, an empty model and every problem. */
export function loadBuiltIn(): LoadedModel {
  const result = loadDataset(BUILT_IN_FILES);
  return result.ok
    ? { model: buildModel(result.dataset), problems: [] }
    : { model: emptyModel(), problems: result.problems };
}

/**
 * Read and load files a person picked (YAML or JSON, one dataset split over several files).
 * Result: the new model, or every problem found; oversize files are not read. No files is a problem.
 */
export async function importFiles(
  files: readonly File[],
): Promise<{ model: Model } | { problems: Problem[] }> {
  const sources: DatasetSource[] = await Promise.all(
    files.map(async (f) =>
      f.size > MAX_FILE_BYTES
        ? { file: f.name, text: "", size: f.size }
        : { file: f.name, text: await f.text() },
    ),
  );
  const result = loadDataset(sources);
  return result.ok ? { model: buildModel(result.dataset) } : { problems: result.problems };
}
