// The built-in dataset bundled at build time, and reading imported files in the browser.
import builtInDataset from "virtual:liaison-dataset";
import {
  buildModel,
  type DatasetSource,
  type LoadResult,
  MAX_FILE_BYTES,
  type Model,
  type Problem,
} from "../../model";

/** The built-in dataset's model (validated when the explorer was built). */
export function loadBuiltIn(): Model {
  return buildModel(builtInDataset);
}

/** A loaded import: the new model and the files it came from (to keep them for the next visit). */
export type Imported = { model: Model; sources: DatasetSource[] } | { problems: Problem[] };

/** What the loader's worker posts back: the loader's result, or why it could not give one. */
export type LoadAnswer = { result: LoadResult } | { failed: string };

/** Load in the page: where no worker can start, and when one fails. */
async function loadHere(sources: DatasetSource[]): Promise<LoadResult> {
  // The loader (YAML parser and schema) is only needed here, so it is fetched on the first import. The page's
  // Content-Security-Policy forbids compiling code at run time: zod is told not to try (even a caught attempt is
  // reported as a violation) before the schema module builds its parsers.
  const { config } = await import("zod");
  config({ jitless: true });
  const { loadDataset } = await import("../../model/load");
  return loadDataset(sources);
}

/**
 * Load in a worker, so that the page stays responsive while megabytes are parsed and checked; in the page where
 * workers are not available or the worker fails. The files are copied to the worker, not moved: the page keeps them.
 */
function loadOffPage(sources: DatasetSource[]): Promise<LoadResult> {
  if (typeof Worker !== "function") return loadHere(sources);
  return new Promise((done) => {
    const worker = new Worker(new URL("./load.worker.ts", import.meta.url), { type: "module" });
    const finish = (result: Promise<LoadResult> | LoadResult) => {
      worker.terminate();
      done(result);
    };
    worker.onmessage = (event: MessageEvent<LoadAnswer>) =>
      finish("result" in event.data ? event.data.result : loadHere(sources));
    worker.onerror = (event) => {
      event.preventDefault();
      finish(loadHere(sources));
    };
    worker.postMessage(sources);
  });
}

/**
 * Load dataset files already read (YAML or JSON, one dataset split over several files): the new model with its
 * files, or every problem found. No files is a problem.
 */
export async function loadSources(sources: DatasetSource[]): Promise<Imported> {
  const result = await loadOffPage(sources);
  // Building the model from a large dataset takes a task of its own, apart from receiving the worker's answer.
  await new Promise((next) => setTimeout(next, 0));
  return result.ok ? { model: buildModel(result.dataset), sources } : { problems: result.problems };
}

/**
 * Read and load files a person picked (YAML or JSON, one dataset split over several files).
 * Result: the new model and its files, or every problem found; oversize files are not read. No files is a problem.
 */
export async function importFiles(files: readonly File[]): Promise<Imported> {
  const sources: DatasetSource[] = await Promise.all(
    files.map(async (f) =>
      f.size > MAX_FILE_BYTES
        ? { file: f.name, text: "", size: f.size }
        : { file: f.name, bytes: new Uint8Array(await f.arrayBuffer()) },
    ),
  );
  return loadSources(sources);
}
