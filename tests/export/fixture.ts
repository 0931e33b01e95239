// Loads the export fixture (three states, one organisation, four agreements of every shape) for the export tests.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildModel, loadDataset, type Model } from "../../src/model";

// A path, not a URL object: DOM test environments replace the global URL.
export const FIXTURE_FILE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "trio.yaml");

export function fixtureModel(): Model {
  const result = loadDataset([{ file: "trio.yaml", text: readFileSync(FIXTURE_FILE, "utf8") }]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return buildModel(result.dataset);
}
