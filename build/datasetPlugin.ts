// Vite plugin: the built-in dataset, validated when the explorer is built and bundled as plain data, so the page
// needs neither the YAML parser nor the schema to open (both load only when someone imports a dataset).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { DEFAULT_DATASET, readDatasetFiles } from "../src/cli/readDataset.ts";
import { formatProblem, loadDataset } from "../src/model/index.ts";

const ID = "virtual:liaison-dataset";
const RESOLVED = `\0${ID}`;

/** Serves `virtual:liaison-dataset` (the validated Dataset as its default export); fails the build when invalid. */
export function builtInDataset(folder: string = DEFAULT_DATASET): Plugin {
  return {
    name: "liaison-dataset",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of readdirSync(folder)) this.addWatchFile(join(folder, file));
      const result = loadDataset(readDatasetFiles(folder));
      if (!result.ok) {
        this.error(`the built-in dataset is invalid:\n${result.problems.map(formatProblem).join("\n")}`);
      }
      return `export default ${JSON.stringify(result.dataset)};`;
    },
  };
}
