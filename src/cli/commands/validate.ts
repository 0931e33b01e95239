// `validate [PATH]`: check a dataset file or folder and list every problem, one line each.
import { formatProblem, loadDataset } from "../../model";
import { CliError, EXIT, type Output } from "../io";
import { DEFAULT_DATASET, ReadError, readDatasetFiles } from "../readDataset";

export function validate(positionals: string[], output: Output): number {
  if (positionals.length > 1) throw new CliError("validate takes at most one PATH", EXIT.usage);
  const path = positionals[0] ?? DEFAULT_DATASET;
  let files: ReturnType<typeof readDatasetFiles>;
  try {
    files = readDatasetFiles(path);
  } catch (error) {
    if (error instanceof ReadError) throw new CliError(error.message, EXIT.invalid);
    throw error;
  }
  const result = loadDataset(files);
  if (result.ok) {
    const d = result.dataset;
    output.out(
      `valid: ${files.length} file${files.length === 1 ? "" : "s"}, ${d.parties.length} parties, ${d.agreements.length} agreements, ${d.sources.length} sources`,
    );
    return EXIT.ok;
  }
  for (const problem of result.problems) output.out(formatProblem(problem));
  output.err(`invalid: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`);
  return EXIT.invalid;
}
