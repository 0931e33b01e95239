// `matrix --topic ID --at DATE [--parties ID,ID] …`: who can reach whom, every ordered pair's best route kind, as a
// grid, the JSON contract or CSV.
import { reachability } from "../../analysis";
import { partyLabel, topicLabel } from "../../model";
import { chosen, defineCommand } from "../command";
import { analysisFlags, analysisFormatFlag, QUERY } from "../flags";
import { loadModel } from "../io";
import { routeOptionsOf } from "../query";
import { columns, optionWords, wrap } from "../text";
import { writeAnswer } from "../writeAnswer";

const FORMAT = analysisFormatFlag("{ query, parties, pairs }");

const CELL = { direct: "D", relayed: "R", none: "." } as const;

export const matrixCommand = defineCommand({
  name: "matrix",
  summary:
    "Who can reach whom on a topic and day: for every ordered pair of parties, the best kind of permitted route (direct, relayed or none), how many there are, and whether each carries a condition or a warning.",
  flags: [
    { ...QUERY.topic, required: true },
    { ...QUERY.at, required: true },
    {
      name: "parties",
      type: "string",
      value: "ID,ID",
      default: "every party",
      help: "the parties of the matrix, in this order",
    },
    ...analysisFlags(FORMAT),
  ],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const parties = values.parties
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const r = reachability(model, values.topic!, values.at!, {
      ...routeOptionsOf("matrix", model, values),
      ...(parties ? { parties } : {}),
    });
    return writeAnswer(output, chosen(FORMAT, values.format), {
      json: () => ({ query: r.query, parties: r.parties, pairs: r.pairs }),
      table: () => {
        const q = r.query;
        const cell = new Map(r.pairs.map((p) => [`${p.from}>${p.to}`, p]));
        const header = ["", "", ...r.parties.map((_, i) => String(i + 1))];
        const rows = r.parties.map((from, i) => [
          String(i + 1),
          from,
          ...r.parties.map((to) => {
            const p = cell.get(`${from}>${to}`);
            if (!p) return "-";
            return p.conditional ? CELL[p.best].toLowerCase() : CELL[p.best];
          }),
        ]);
        const reached = r.pairs.filter((p) => p.permitted > 0);
        const direct = reached.filter((p) => p.best === "direct").length;
        return [
          ...wrap(`Reachability for ${topicLabel(model, q.topic)} on ${q.at}, ${optionWords(q)}.`),
          ...wrap(
            "Rows send, columns receive. D direct, R relayed only, . no permitted route; lower case: every permitted route carries a condition or a warning.",
          ),
          "",
          ...columns([header, ...rows]),
          "",
          ...wrap(
            `${reached.length} of ${r.pairs.length} ordered pairs have a permitted route (${direct} direct, ${reached.length - direct} relayed only); ${reached.filter((p) => p.conditional).length} only with conditions or warnings.`,
          ),
          ...r.parties.map((id, i) => `${String(i + 1).padStart(3)} ${partyLabel(model, id)}`),
        ];
      },
      csv: () => [
        ["from", "to", "best", "permitted", "conditional"],
        ...r.pairs.map((p) => [p.from, p.to, p.best, String(p.permitted), String(p.conditional)]),
      ],
    });
  },
});
