// What the page and the analysis worker say to each other: the dataset once, then jobs; answers with their compute time.
import type { Dataset } from "../../model";
import type { Job } from "./job";

export type WorkerRequest =
  | { type: "model"; model: number; dataset: Dataset }
  | { type: "job"; id: number; model: number; job: Job };

export type WorkerResponse =
  | { id: number; ok: true; result: unknown; ms: number }
  | { id: number; ok: false; error: string };
