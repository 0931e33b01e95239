// `validate [PATH|-]`: check a dataset file or folder (or standard input) and list every problem, one line each.
import { formatProblem, loadDataset } from "../../model";
import { defineCommand } from "../command";
import { CliError, EXIT } from "../io";
import { DEFAULT_DATASET, ReadError, readDatasetFiles } from "../readDataset";

export const validateCommand = defineCommand({
  name: "validate",
  summary:
    "Check a dataset and list every problem on standard output, one line each: file, line and column, JSON path, message. Exits 0 when valid, 1 when not.",
  operands: {
    synopsis: "[PATH|-]",
    max: 1,
    help: "a dataset file or folder, or - to read one file from standard input (JSON when it starts with {, else YAML); default: the built-in dataset",
  },
  flags: [],
  run(_values, operands, output) {
    const path = operands[0] ?? DEFAULT_DATASET;
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
  },
});
