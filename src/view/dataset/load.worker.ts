// The dataset loader's worker: parses and checks imported files (YAML or JSON, schema, references, dates) away from
// the page, so that a dataset of tens of megabytes never holds the page still; the page builds the model from the
// dataset this returns.
import type { DatasetSource } from "../../model";
import type { LoadAnswer } from "./dataset";

self.onmessage = async (event: MessageEvent<DatasetSource[]>) => {
  let answer: LoadAnswer;
  try {
    // Zod is told not to compile code at run time before the schema module builds its parsers, as in the page.
    const { config } = await import("zod");
    config({ jitless: true });
    const { loadDataset } = await import("../../model/load");
    answer = { result: loadDataset(event.data) };
  } catch (error) {
    answer = { failed: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
