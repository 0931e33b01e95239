// What every command shares: exit codes, one-line errors, and loading a dataset from --data or the default.
import { buildModel, formatProblem, loadDataset, type Model, type Problem } from "../model";
import { DEFAULT_DATASET, ReadError, readDatasetFiles } from "./readDataset";

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** A failure the CLI reports as one line on stderr with its exit code; never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Extra lines printed before the message (the problems of an invalid dataset). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** What a command writes; tests capture it instead of the process streams. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Load the dataset at `path` (default: the built-in one); exits 1 listing every problem when it is invalid. */
export function loadModel(path: string = DEFAULT_DATASET): Model {
  let files: ReturnType<typeof readDatasetFiles>;
  try {
    files = readDatasetFiles(path);
  } catch (error) {
    if (error instanceof ReadError) throw new CliError(error.message, EXIT.invalid);
    throw error;
  }
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
