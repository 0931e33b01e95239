// `export --format json|gexf|graphml|csv|svg|png [--at DATE] [-o FILE] [--data PATH]`: the dataset, the network or a
// route comparison as a file for other tools, or the picture of a query; to stdout unless -o names a file.
import { writeFileSync } from "node:fs";
import { toCsv, toGexf, toGraphml, toJson } from "../../export/pure";
import { defineCommand } from "../command";
import { DATA_FLAG, modeQueryFlags, QUERY } from "../flags";
import { CliError, EXIT, loadModel } from "../io";
import { answerQuery, checkQueryUsage, ROUTE_FLAG } from "../query";
import { IMAGE_FLAGS, imageChoices, renderImage } from "./exportImage";

const FORMATS = ["json", "gexf", "graphml", "csv", "svg", "png"] as const;
const IMAGES: readonly string[] = ["svg", "png"];
/** The query flags other than --at, which also dates the network formats. */
const QUERY_FLAGS = modeQueryFlags("--format csv");
const QUERY_NAMES = QUERY_FLAGS.map((f) => f.name);
/** The flags that only a picture takes. */
const IMAGE_ONLY = [ROUTE_FLAG, ...IMAGE_FLAGS].map((f) => f.name);

const usage = (message: string) => new CliError(`export: ${message}`, EXIT.usage);

export const exportCommand = defineCommand({
  name: "export",
  summary:
    "The dataset as JSON, the network of channels as GEXF or GraphML (on a day, with --at), a route comparison as CSV (with the query flags), or the picture of a query (or of the network on a day) as SVG or PNG, as the explorer draws it; written to standard output unless -o names a file.",
  flags: [
    {
      name: "format",
      type: "string",
      choices: FORMATS,
      required: true,
      help: "json: the dataset; gexf, graphml: the network; csv: a route comparison; svg, png: a picture",
    },
    {
      ...QUERY.at,
      requiredWith: "--format csv",
      help: "the day, YYYY-MM-DD: the query's for csv, svg and png (a picture of the network: today); for gexf and graphml, only the channels in force on it",
    },
    ...QUERY_FLAGS,
    ROUTE_FLAG,
    ...IMAGE_FLAGS,
    {
      name: "output",
      short: "o",
      type: "string",
      value: "FILE",
      default: "standard output",
      help: "the file to write (--format png needs one)",
    },
    DATA_FLAG,
  ],
  run(values, _operands, output) {
    const format = values.format as (typeof FORMATS)[number];
    const image = IMAGES.includes(format);
    const imageOnly = IMAGE_ONLY.find((flag) => values[flag as keyof typeof values] !== undefined);
    if (!image && imageOnly) throw usage(`--${imageOnly} applies to --format svg and png only`);
    const query = QUERY_NAMES.some((flag) => values[flag] !== undefined) || values.route !== undefined;
    if (image) {
      // A picture of a query, or of the network on a date when no query flag is given.
      if (query) checkQueryUsage("export", values, `--format ${format} draws a query: `);
      if (format === "png" && values.output === undefined)
        throw usage("--format png writes a file: give -o FILE");
    } else if (format === "csv") {
      checkQueryUsage("export", values, "--format csv exports a route comparison: ");
    } else {
      const stray = QUERY_NAMES.find((flag) => values[flag] !== undefined);
      if (stray) throw usage(`--${stray} applies to --format csv only`);
      if (format === "json" && values.at !== undefined) {
        throw usage("--at does not apply to --format json (the dataset is exported whole)");
      }
    }
    const model = loadModel(values.data);
    let text: string | Buffer;
    if (format === "json") text = toJson(model.dataset);
    else if (format === "gexf") text = toGexf(model, { at: values.at });
    else if (format === "graphml") text = toGraphml(model, { at: values.at });
    else if (format === "csv") {
      const answer = answerQuery("export", model, values);
      const unlisted = answer.blockedTotal - answer.blocked.length;
      if (unlisted > 0) {
        output.err(
          `export: ${unlisted.toLocaleString("en-US")} more blocked candidates not written (--explain all writes every one, --explain N the first N)`,
        );
      }
      text = toCsv(answer);
    } else {
      const answer = query ? answerQuery("export", model, values) : null;
      const at = values.at ?? new Date().toISOString().slice(0, 10);
      text = renderImage(model, format, answer, at, imageChoices(values), values.route);
    }
    if (values.output === undefined) {
      output.out(String(text).replace(/\r?\n$/, ""));
      return EXIT.ok;
    }
    try {
      writeFileSync(values.output, text);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CliError(`export: cannot write ${values.output} (${reason})`, EXIT.invalid);
    }
    output.out(`wrote ${values.output} (${Buffer.byteLength(text)} bytes)`);
    return EXIT.ok;
  },
});
