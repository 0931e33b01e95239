// The built-in dataset bundled at build time, and reading imported files in the browser.
import builtInDataset from "virtual:liaison-dataset";
import { buildModel, type DatasetSource, MAX_FILE_BYTES, type Model, type Problem } from "../../model";

/** The built-in dataset's model (validated when the explorer was built). */
export function loadBuiltIn(): Model {
  return buildModel(builtInDataset);
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
        : { file: f.name, bytes: new Uint8Array(await f.arrayBuffer()) },
    ),
  );
  // The loader (YAML parser and schema) is only needed here, so it is fetched on the first import.
  const { loadDataset } = await import("../../model/load");
  const result = loadDataset(sources);
  return result.ok ? { model: buildModel(result.dataset) } : { problems: result.problems };
}
