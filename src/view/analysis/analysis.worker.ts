// The analysis worker: keeps the model of the dataset the page sends once, answers jobs one at a time and posts the
// results back, so reachability and brokerage at 200 parties never hold up the page.
import { buildModel, type Model } from "../../model";
import { answerErrorWords } from "../../state/answer";
import { runJob } from "./jobs";
import { Lru } from "./lru";
import type { WorkerRequest, WorkerResponse } from "./workerMessages";

let current: { id: number; model: Model; memo: Lru<unknown> } | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === "model") {
    current = { id: request.model, model: buildModel(request.dataset), memo: new Lru(8) };
    return;
  }
  let response: WorkerResponse;
  try {
    if (!current || current.id !== request.model)
      throw new Error("the worker has not been sent this dataset");
    const start = performance.now();
    const result = runJob(current.model, request.job, current.memo);
    response = { id: request.id, ok: true, result, ms: performance.now() - start };
  } catch (error) {
    response = { id: request.id, ok: false, error: answerErrorWords(error) };
  }
  self.postMessage(response);
};
