// Errors and problems: misuse of an API throws a LiaisonError; bad data is reported as a list of problems.

/** One thing wrong with a dataset, located as precisely as its format allows. */
export interface Problem {
  /** The file the problem is in (as the user named it). */
  file: string;
  /** JSON path such as `agreements[3].timeline[0].date`, or `(file)` for the whole file. */
  path: string;
  line?: number;
  column?: number;
  message: string;
}

/** Thrown on misuse (unknown party in a query, bad option); the message is one line a person can act on. */
export class LiaisonError extends Error {
  override readonly name = "LiaisonError";
  constructor(
    readonly scope: string,
    message: string,
    readonly code: "usage" | "not-found" | "invalid-data" = "usage",
  ) {
    super(`${scope}: ${message}`);
  }
}

/** `file:line:column: path: message`, or without line and column where the format gives none. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.path}: ${p.message}`;
}
