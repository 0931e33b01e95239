// The dataset as one JSON file in the dataset format, so that it loads again with `loadDataset`.
import type { Dataset } from "../../model";

/**
 * `dataset` as pretty-printed JSON with its sections in the schema's order and a final newline. Sections that are
 * empty are kept (as `[]`), so an empty dataset still gives a file that names every section. The result loads
 * again with `loadDataset` to the same dataset.
 */
export function toJson(dataset: Dataset): string {
  const file = {
    $schema: "liaison.schema.json",
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    sources: dataset.sources,
    topics: dataset.topics,
    parties: dataset.parties,
    agreements: dataset.agreements,
    policies: dataset.policies,
    incidents: dataset.incidents,
    discrepancies: dataset.discrepancies,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
