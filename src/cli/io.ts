// What every command shares: exit codes, one-line errors, output, and loading a dataset from --data or the default.
import { buildModel, formatProblem, loadDataset, type Model, type Problem } from "../model";
import { cachedDataset } from "./datasetCache";
import { DEFAULT_DATASET, ReadError, readDatasetFiles } from "./readDataset";

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A failure the CLI reports as one line on stderr with its exit code; never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Lines printed on stderr before the message (the problems of an invalid dataset). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Thrown by an output whose reader has gone (`| head`): the command stops quietly, as the reader chose. */
export class OutputClosed extends Error {}

/** What a command writes, a line at a time; tests capture it instead of the process streams. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Load the dataset at `path` (default: the built-in one; `-`: standard input); exits 1 listing every problem when
 * it is invalid. The built-in dataset is taken from the build's cache when its files are unchanged.
 */
export function loadModel(path: string = DEFAULT_DATASET): Model {
  let files: ReturnType<typeof readDatasetFiles>;
  try {
    files = readDatasetFiles(path);
  } catch (error) {
    if (error instanceof ReadError) throw new CliError(error.message, EXIT.invalid);
    throw error;
  }
  const cached = path === DEFAULT_DATASET ? cachedDataset(files) : undefined;
  if (cached) return buildModel(cached);
  const result = loadDataset(files);
  if (!result.ok) throw invalidDataset(result.problems);
  return buildModel(result.dataset);
}

export function invalidDataset(problems: Problem[]): CliError {
  return new CliError(
    `invalid dataset: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
    EXIT.invalid,
    problems.map(formatProblem),
  );
}
