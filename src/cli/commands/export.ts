// `export --format json|gexf|graphml|csv [--at DATE] [-o FILE] [--data PATH]`: the dataset, the network or a route
// comparison as a file for other tools; to stdout unless -o names a file.
import { writeFileSync } from "node:fs";
import { toCsv, toGexf, toGraphml, toJson } from "../../export/pure";
import { defineCommand } from "../command";
import { DATA_FLAG, modeQueryFlags } from "../flags";
import { CliError, EXIT, loadModel } from "../io";
import { answerQuery, checkQueryUsage, isQueryDay } from "../query";

const FORMATS = ["json", "gexf", "graphml", "csv"] as const;
/** The query flags other than --at, which also dates the network formats. */
const CSV_FLAGS = modeQueryFlags("--format csv");
const QUERY_FLAGS = CSV_FLAGS.map((f) => f.name);

const usage = (message: string) => new CliError(`export: ${message}`, EXIT.usage);

export const exportCommand = defineCommand({
  name: "export",
  summary:
    "The dataset as JSON, the network of channels as GEXF or GraphML (on a day, with --at), or a route comparison as CSV (with the query flags), written to standard output unless -o names a file.",
  flags: [
    {
      name: "format",
      type: "string",
      value: FORMATS.join("|"),
      required: true,
      help: "json: the dataset; gexf, graphml: the network; csv: a route comparison",
    },
    {
      name: "at",
      type: "string",
      value: "DATE",
      requiredWith: "--format csv",
      help: "the day, YYYY-MM-DD: for gexf and graphml, only the channels in force on it (without it, every channel); for csv, the query's day",
    },
    ...CSV_FLAGS,
    {
      name: "output",
      short: "o",
      type: "string",
      value: "FILE",
      default: "standard output",
      help: "the file to write",
    },
    DATA_FLAG,
  ],
  run(values, _operands, output) {
    const format = values.format!;
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usage(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
    }
    if (values.at !== undefined && !isQueryDay(values.at)) {
      throw usage(`--at must be a calendar day YYYY-MM-DD, not "${values.at}"`);
    }
    if (format === "csv") {
      checkQueryUsage("export", values, "--format csv exports a route comparison: ");
    } else {
      const stray = QUERY_FLAGS.find((flag) => values[flag] !== undefined);
      if (stray) throw usage(`--${stray} applies to --format csv only`);
      if (format === "json" && values.at !== undefined) {
        throw usage("--at does not apply to --format json (the dataset is exported whole)");
      }
    }
    const model = loadModel(values.data);
    let text: string;
    if (format === "json") text = toJson(model.dataset);
    else if (format === "gexf") text = toGexf(model, { at: values.at });
    else if (format === "graphml") text = toGraphml(model, { at: values.at });
    else text = toCsv(answerQuery("export", model, values));
    if (values.output === undefined) {
      output.out(text.replace(/\r?\n$/, ""));
      return EXIT.ok;
    }
    try {
      writeFileSync(values.output, text, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CliError(`export: cannot write ${values.output} (${reason})`, EXIT.invalid);
    }
    output.out(`wrote ${values.output} (${Buffer.byteLength(text)} bytes)`);
    return EXIT.ok;
  },
});
