// `matrix --topic ID --at DATE [--parties ID,ID] …`: who can reach whom, every ordered pair's best route kind, as a
// grid, the JSON contract or CSV.
import { reachability } from "../../analysis";
import { partyLabel } from "../../model";
import {
  ANALYSIS_FLAGS,
  columns,
  optionWords,
  parseAnalysisFlags,
  topicName,
  writeAnswer,
} from "../analysisFlags";
import { loadModel, type Output } from "../io";
import { QUERY_OPTIONS, routeOptionsOf } from "../query";

/** The command's flags and their defaults. */
export const MATRIX_FLAGS = {
  topic: QUERY_OPTIONS.topic,
  at: QUERY_OPTIONS.at,
  parties: { type: "string" },
  ...ANALYSIS_FLAGS,
} as const;

export const MATRIX_USAGE = "matrix --topic ID --at DATE [--parties ID,ID]";

const CELL = { direct: "D", relayed: "R", none: "." } as const;

/** Run the command; exit 0 with the matrix, 1 for invalid data or an unknown id, 2 for usage. */
export function matrixCommand(args: string[], output: Output): number {
  const flags = parseAnalysisFlags("matrix", args, MATRIX_FLAGS, { required: ["topic", "at"], days: ["at"] });
  const model = loadModel(flags.data);
  const parties = flags.parties
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const r = reachability(model, flags.topic!, flags.at!, {
    ...routeOptionsOf("matrix", model, flags),
    ...(parties ? { parties } : {}),
  });
  return writeAnswer(output, flags.format, {
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
        `Reachability for ${topicName(model, q.topic)} on ${q.at}, ${optionWords(q)}.`,
        "Rows send, columns receive. D direct, R relayed only, . no permitted route; lower case: every permitted",
        "route carries a condition or a warning.",
        "",
        ...columns([header, ...rows]),
        "",
        `${reached.length} of ${r.pairs.length} ordered pairs have a permitted route (${direct} direct, ${reached.length - direct} relayed only); ${reached.filter((p) => p.conditional).length} only with conditions or warnings.`,
        ...r.parties.map((id, i) => `${String(i + 1).padStart(3)} ${partyLabel(model, id)}`),
      ];
    },
    csv: () => [
      ["from", "to", "best", "permitted", "conditional"],
      ...r.pairs.map((p) => [p.from, p.to, p.best, String(p.permitted), String(p.conditional)]),
    ],
  });
}
