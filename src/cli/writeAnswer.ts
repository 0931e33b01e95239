// An analysis command's answer in the format asked for: the JSON contract object, a table, or CSV with a header row.
import { csvCell } from "../export/pure";
import { EXIT, type Output } from "./io";

/** The answer in each format, each built only when asked for. */
export interface AnswerFormats {
  json: () => unknown;
  table: () => string[];
  csv: () => string[][];
}

/** Write the answer in `format`; returns the exit code (0). */
export function writeAnswer(output: Output, format: "table" | "json" | "csv", answer: AnswerFormats): number {
  if (format === "json") output.out(JSON.stringify(answer.json(), null, 2));
  else if (format === "csv")
    output.out(
      answer
        .csv()
        .map((row) => row.map(csvCell).join(","))
        .join("\r\n"),
    );
  else output.out(answer.table().join("\n"));
  return EXIT.ok;
}
