// `routes --from ID --to ID --topic ID --at DATE …`: the route engine's answer as a table or as JSON; with no
// permitted route, whether the dataset vouches for that (its coverage of both ends).
import { noRouteCoverage } from "../../model";
import { chosen, defineCommand } from "../command";
import { DATA_FLAG, REQUIRED_QUERY_FLAGS } from "../flags";
import { EXIT, loadModel } from "../io";
import { type Member, writeJsonObject } from "../jsonStream";
import { searchQuery } from "../query";
import { writeRoutesTable } from "../routesTable";

const FORMAT_FLAG = {
  name: "format",
  type: "string",
  choices: ["table", "json"],
  default: "table",
  help: "a table for reading, or JSON: { query, routes, blockedTotal, blockedSummary, blocked }, with coverage after routes when none is permitted",
} as const;

export const routesCommand = defineCommand({
  name: "routes",
  summary:
    "The routes by which information on a topic can travel from one party to another on a day, direct or relayed, and why every other candidate is blocked; with no permitted route, whether the dataset holds every agreement of both parties. Exits 0 whether or not a route exists.",
  flags: [...REQUIRED_QUERY_FLAGS, DATA_FLAG, FORMAT_FLAG],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const search = searchQuery("routes", model, values);
    const { from, to, at } = search.query;
    const coverage = search.permittedTotal === 0 ? noRouteCoverage(model, from, to, at) : undefined;
    if (chosen(FORMAT_FLAG, values.format) === "table") {
      writeRoutesTable(model, search, coverage, output);
      return EXIT.ok;
    }
    const members: [string, Member][] = [
      ["query", { value: search.query }],
      ["routes", { items: search.routes() }],
    ];
    if (coverage) members.push(["coverage", { value: coverage }]);
    members.push(
      ["blockedTotal", { value: search.blockedTotal }],
      ["blockedSummary", { value: search.blockedSummary }],
      ["blocked", { items: search.blocked() }],
    );
    writeJsonObject(output, members);
    return EXIT.ok;
  },
});
