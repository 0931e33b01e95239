// The dataset an explorer opens with: the imported one kept in this browser when there is one and it still loads,
// else the built-in one.
import type { Model } from "../../model";
import { loadSources } from "./dataset";
import { forgetStoredDataset, readStoredDataset } from "./storedDataset";

/** What the explorer opens with; `files` names an imported dataset's files, `notice` says what went wrong. */
export interface OpeningDataset {
  model: Model | null;
  files: string[] | null;
  notice: string | null;
}

/**
 * The imported dataset kept in this browser, loaded and checked again; `model` is null when none is kept. Kept
 * files that no longer load (a dataset of an older version, say) are forgotten, with a notice saying so. Never
 * rejects.
 */
export async function restoreDataset(): Promise<OpeningDataset> {
  const stored = await readStoredDataset();
  if (!stored) return { model: null, files: null, notice: null };
  const names = stored.files.map((f) => f.file);
  try {
    const result = await loadSources(stored.files);
    if ("model" in result) return { model: result.model, files: names, notice: null };
    await forgetStoredDataset();
    return {
      model: null,
      files: null,
      notice: `The dataset imported earlier (${names.join(", ")}) no longer loads (${result.problems.length} problems): the built-in dataset is open.`,
    };
  } catch (error) {
    return {
      model: null,
      files: null,
      notice: `The dataset imported earlier could not be read (${error instanceof Error ? error.message : error}): the built-in dataset is open.`,
    };
  }
}
