// The dataset as one JSON file in the dataset format, so that it loads again with `loadDataset`.
import type { Dataset } from "../../model";

export interface ToJsonOptions {
  /** Indent two spaces a level, for reading; compact by default, so a large dataset stays under the size limit. */
  pretty?: boolean;
}

/**
 * `dataset` as JSON with its sections in the schema's order (coverage claims included) and a final newline:
 * compact unless `pretty`. Sections that are empty are kept (as `[]`), so an empty dataset still gives a file that
 * names every section. The result loads again with `loadDataset` to the same dataset.
 */
export function toJson(dataset: Dataset, options: ToJsonOptions = {}): string {
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
    coverage: dataset.coverage ?? [],
  };
  return `${JSON.stringify(file, null, options.pretty ? 2 : undefined)}\n`;
}
