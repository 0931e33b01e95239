// `routes --from ID --to ID --topic ID --at DATE …`: the route engine's answer as a table or as JSON.
import { chosen, defineCommand } from "../command";
import { DATA_FLAG, REQUIRED_QUERY_FLAGS } from "../flags";
import { EXIT, loadModel } from "../io";
import { writeJsonObject } from "../jsonStream";
import { searchQuery } from "../query";
import { writeRoutesTable } from "../routesTable";

const FORMAT_FLAG = {
  name: "format",
  type: "string",
  choices: ["table", "json"],
  default: "table",
  help: "a table for reading, or JSON: { query, routes, blockedTotal, blockedSummary, blocked }",
} as const;

export const routesCommand = defineCommand({
  name: "routes",
  summary:
    "The routes by which information on a topic can travel from one party to another on a day, direct or relayed, and why every other candidate is blocked. Exits 0 whether or not a route exists.",
  flags: [...REQUIRED_QUERY_FLAGS, DATA_FLAG, FORMAT_FLAG],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const search = searchQuery("routes", model, values);
    if (chosen(FORMAT_FLAG, values.format) === "table") {
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
