// `routes --from ID --to ID --topic ID --at DATE …`: the route engine's answer as a table or as JSON.
import { defineCommand } from "../command";
import { DATA_FLAG, REQUIRED_QUERY_FLAGS } from "../flags";
import { CliError, EXIT, loadModel } from "../io";
import { writeJsonObject } from "../jsonStream";
import { checkQueryUsage, searchQuery } from "../query";
import { writeRoutesTable } from "../routesTable";

const FORMATS = ["table", "json"] as const;

export const routesCommand = defineCommand({
  name: "routes",
  summary:
    "The routes by which information on a topic can travel from one party to another on a day, direct or relayed, and why every other candidate is blocked. Exits 0 whether or not a route exists.",
  flags: [
    ...REQUIRED_QUERY_FLAGS,
    DATA_FLAG,
    {
      name: "format",
      type: "string",
      value: FORMATS.join("|"),
      default: FORMATS[0],
      help: "a table for reading, or JSON: { query, routes, blockedTotal, blockedSummary, blocked }",
    },
  ],
  run(values, _operands, output) {
    checkQueryUsage("routes", values);
    const format = values.format ?? "table";
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`routes: --format must be table or json, not "${format}"`, EXIT.usage);
    }
    const model = loadModel(values.data);
    const search = searchQuery("routes", model, values);
    if (format === "table") {
      writeRoutesTable(model, search, output);
      return EXIT.ok;
    }
    writeJsonObject(output, [
      ["query", { value: search.query }],
      ["routes", { items: search.routes() }],
      ["blockedTotal", { value: search.blockedTotal }],
      ["blockedSummary", { value: search.blockedSummary }],
      ["blocked", { items: search.blocked() }],
    ]);
    return EXIT.ok;
  },
});
