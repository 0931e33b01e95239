// `export --format json|gexf|graphml|csv|svg|png [--at DATE] [-o FILE] [--data PATH]`: the dataset, the network or a
// route comparison as a file for other tools, or the picture of a query; to stdout unless -o names a file.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { toCsv, toGexf, toGraphml, toJson } from "../../export/pure";
import { CliError, EXIT, loadModel, type Output } from "../io";
import {
  answerQuery,
  checkQueryUsage,
  checkRouteUsage,
  isQueryDay,
  QUERY_OPTIONS,
  ROUTE_OPTION,
} from "../query";
import { IMAGE_OPTIONS, imageChoices, renderImage } from "./exportImage";

const FORMATS = ["json", "gexf", "graphml", "csv", "svg", "png"] as const;
const IMAGES: readonly string[] = ["svg", "png"];
/** The query flags other than --at, which also dates the network formats. */
const QUERY_FLAGS = ["from", "to", "topic", "max-hops", "allow-consent-relay", "disable"] as const;

const OPTIONS = {
  ...QUERY_OPTIONS,
  ...ROUTE_OPTION,
  ...IMAGE_OPTIONS,
  format: { type: "string" },
  output: { type: "string", short: "o" },
  data: { type: "string" },
} as const;

const usage = (message: string) => new CliError(`export: ${message}`, EXIT.usage);

/** The options, checked before any file is read so that usage errors exit 2 whatever the dataset. */
function parseOptions(args: string[]) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usage((error as Error).message.split("\n")[0]!);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw usage(`unexpected argument ${positionals[0]}`);
  const format = values.format;
  if (!format) throw usage(`missing --format (${FORMATS.join(", ")})`);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw usage(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  }
  if (values.at !== undefined && !isQueryDay(values.at)) {
    throw usage(`--at must be a calendar day YYYY-MM-DD, not "${values.at}"`);
  }
  const image = IMAGES.includes(format);
  const imageOnly = ["route", ...Object.keys(IMAGE_OPTIONS)].find(
    (flag) => values[flag as keyof typeof values] !== undefined,
  );
  if (!image && imageOnly) throw usage(`--${imageOnly} applies to --format svg and png only`);
  if (image) {
    // A picture of a query, or of the network on a date when no query flag is given.
    if (QUERY_FLAGS.some((flag) => values[flag] !== undefined) || values.route !== undefined)
      checkQueryUsage("export", values, `--format ${format} draws a query: `);
    checkRouteUsage("export", values.route);
    if (format === "png" && values.output === undefined)
      throw usage("--format png writes a file: give -o FILE");
    return { ...values, format: format as (typeof FORMATS)[number], image: imageChoices(values) };
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
  return { ...values, format: format as (typeof FORMATS)[number], image: undefined };
}

/** Run the export; exit 0 with the file written (or printed), 1 for invalid data or an unknown id, 2 for usage. */
export function exportCommand(args: string[], output: Output): number {
  const options = parseOptions(args);
  const model = loadModel(options.data);
  let text: string | Buffer;
  switch (options.format) {
    case "json":
      text = toJson(model.dataset);
      break;
    case "gexf":
      text = toGexf(model, { at: options.at });
      break;
    case "graphml":
      text = toGraphml(model, { at: options.at });
      break;
    case "csv": {
      const answer = answerQuery("export", model, options);
      text = toCsv(answer);
      break;
    }
    case "svg":
    case "png": {
      const answer = options.from ? answerQuery("export", model, options) : null;
      const at = options.at ?? new Date().toISOString().slice(0, 10);
      text = renderImage(model, options.format, answer, at, options.image!, options.route);
      break;
    }
  }
  if (options.output === undefined) {
    output.out(String(text).replace(/\r?\n$/, ""));
    return EXIT.ok;
  }
  try {
    writeFileSync(options.output, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`export: cannot write ${options.output} (${reason})`, EXIT.invalid);
  }
  output.out(`wrote ${options.output} (${Buffer.byteLength(text)} bytes)`);
  return EXIT.ok;
}
