// Runs the analysis panels' jobs off the page: in a Web Worker (in the page where there is none), one at a time,
// the latest request of each kind replacing one still waiting (a slider's many dates ask only for the last), and
// answers remembered by (model, job) so reopening a panel or returning to a date costs nothing.
import type { Model } from "../../model";
import { type Job, jobKey, type ResultOf } from "./job";
import { Lru } from "./lru";
import type { WorkerRequest, WorkerResponse } from "./workerMessages";

/** A job dropped because a newer one of its kind was asked for before it started. */
export class Superseded extends Error {
  override readonly name = "Superseded";
}

export interface AnalysisRunner {
  /** The job's answer: at once when known, else when computed; rejects with Superseded when replaced. */
  run<J extends Job>(model: Model, job: J): Promise<ResultOf<J>>;
  /** The answer already computed for this job on this model, if any. */
  known<J extends Job>(model: Model, job: J): ResultOf<J> | undefined;
}

/** Where jobs are computed: the answer, and how long computing it took (ms). */
export type Backend = (model: Model, job: Job) => Promise<{ value: unknown; ms: number }>;

/** How long each job took to compute, for the benchmark; kept in test builds only. */
export interface JobTiming {
  kind: Job["kind"];
  ms: number;
}

declare global {
  interface Window {
    /** Compute times of the analysis jobs, in test builds only. */
    __liaisonJobs?: JobTiming[];
  }
}

function recordTiming(kind: Job["kind"], ms: number): void {
  if (import.meta.env.MODE !== "test" || typeof window === "undefined") return;
  window.__liaisonJobs ??= [];
  window.__liaisonJobs.push({ kind, ms });
}

interface Waiting {
  model: Model;
  job: Job;
  key: string;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** How many answers are kept per model. */
const KEPT = 32;

/** A runner over `backend`, which it calls for one job at a time. */
export function createRunner(backend: Backend): AnalysisRunner {
  const answers = new WeakMap<Model, Lru<unknown>>();
  const running = new Map<string, Promise<unknown>>();
  const waiting = new Map<Job["kind"], Waiting>();
  let busy = false;
  const answersOf = (model: Model) => {
    let lru = answers.get(model);
    if (!lru) {
      lru = new Lru(KEPT);
      answers.set(model, lru);
    }
    return lru;
  };
  const pump = () => {
    if (busy) return;
    const next = waiting.values().next().value;
    if (!next) return;
    waiting.delete(next.job.kind);
    busy = true;
    backend(next.model, next.job)
      .then(({ value, ms }) => {
        recordTiming(next.job.kind, ms);
        answersOf(next.model).set(next.key, value);
        next.resolve(value);
      }, next.reject)
      .finally(() => {
        running.delete(next.key);
        busy = false;
        pump();
      });
  };
  return {
    known: (model, job) => answers.get(model)?.get(jobKey(job)) as ResultOf<typeof job> | undefined,
    run<J extends Job>(model: Model, job: J): Promise<ResultOf<J>> {
      const key = jobKey(job);
      const done = answers.get(model)?.get(key);
      if (done !== undefined) return Promise.resolve(done as ResultOf<J>);
      const started = running.get(key);
      if (started) return started as Promise<ResultOf<J>>;
      const promise = new Promise<unknown>((resolve, reject) => {
        waiting.get(job.kind)?.reject(new Superseded(`${job.kind} replaced by a newer request`));
        waiting.set(job.kind, { model, job, key, resolve, reject });
      });
      running.set(key, promise);
      promise.catch(() => running.delete(key));
      pump();
      return promise as Promise<ResultOf<J>>;
    },
  };
}

/** Computes in the page, after letting it paint that work has started. */
export function inlineBackend(): Backend {
  const memos = new WeakMap<Model, Lru<unknown>>();
  return async (model, job) => {
    const { runJob } = await import("./jobs");
    await new Promise((done) => setTimeout(done, 0));
    let memo = memos.get(model);
    if (!memo) {
      memo = new Lru(8);
      memos.set(model, memo);
    }
    const start = performance.now();
    const value = runJob(model, job, memo);
    return { value, ms: performance.now() - start };
  };
}

/**
 * Computes in a Web Worker, sending it each dataset once; if the worker cannot start or fails, this job and the
 * later ones are computed in the page instead.
 */
export function workerBackend(): Backend {
  const inline = inlineBackend();
  let worker: Worker | null = null;
  let broken = false;
  const ids = new WeakMap<Model, number>();
  let sent = 0;
  let nextModel = 1;
  let nextJob = 1;
  type Answer = { value: unknown; ms: number };
  const pending = new Map<number, { resolve(v: Answer): void; reject(e: unknown): void; retry(): void }>();
  const start = () => {
    const w = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      const request = pending.get(response.id);
      pending.delete(response.id);
      if (response.ok) request?.resolve({ value: response.result, ms: response.ms });
      else request?.reject(new Error(response.error));
    };
    w.onerror = (event) => {
      event.preventDefault();
      broken = true;
      w.terminate();
      worker = null;
      for (const request of pending.values()) request.retry();
      pending.clear();
    };
    return w;
  };
  return (model, job) => {
    if (broken || typeof Worker !== "function") return inline(model, job);
    worker ??= start();
    let id = ids.get(model);
    if (id === undefined) {
      id = nextModel++;
      ids.set(model, id);
    }
    if (sent !== id) {
      const request: WorkerRequest = { type: "model", model: id, dataset: model.dataset };
      worker.postMessage(request);
      sent = id;
    }
    const jobId = nextJob++;
    const modelId = id;
    return new Promise<Answer>((resolve, reject) => {
      pending.set(jobId, { resolve, reject, retry: () => inline(model, job).then(resolve, reject) });
      const request: WorkerRequest = { type: "job", id: jobId, model: modelId, job };
      worker!.postMessage(request);
    });
  };
}

let shared: AnalysisRunner | null = null;

/** The page's runner: on a worker where the browser has them, else in the page. Created on first use. */
export function sharedRunner(): AnalysisRunner {
  shared ??= createRunner(typeof Worker === "function" ? workerBackend() : inlineBackend());
  return shared;
}
