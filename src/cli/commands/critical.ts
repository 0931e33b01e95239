// `critical --from ID --to ID --topic ID --at DATE …`: the agreements and intermediaries whose loss alone cuts a
// pair off, and the pairs of agreements whose joint loss does, as a table, the JSON contract or CSV.

import { criticalLinks } from "../../analysis";
import type { Model } from "../../model";
import { partyLabel } from "../../model";
import { ANALYSIS_FLAGS, optionWords, parseAnalysisFlags, topicName, writeAnswer } from "../analysisFlags";
import { loadModel, type Output } from "../io";
import { QUERY_OPTIONS, routeOptionsOf } from "../query";

/** The command's flags and their defaults. */
export const CRITICAL_FLAGS = {
  from: QUERY_OPTIONS.from,
  to: QUERY_OPTIONS.to,
  topic: QUERY_OPTIONS.topic,
  at: QUERY_OPTIONS.at,
  ...ANALYSIS_FLAGS,
} as const;

export const CRITICAL_USAGE = "critical --from ID --to ID --topic ID --at DATE";

function agreementLabel(model: Model, id: string): string {
  const a = model.agreements.get(id);
  return a ? `${a.name} (${id})` : id;
}

/** Run the command; exit 0 with the critical links, 1 for invalid data or an unknown id, 2 for usage. */
export function criticalCommand(args: string[], output: Output): number {
  const flags = parseAnalysisFlags("critical", args, CRITICAL_FLAGS, {
    required: ["from", "to", "topic", "at"],
    days: ["at"],
  });
  const model = loadModel(flags.data);
  const c = criticalLinks(
    model,
    { from: flags.from!, to: flags.to!, topic: flags.topic!, at: flags.at! },
    routeOptionsOf("critical", model, flags),
  );
  const names = (ids: readonly string[], label: (id: string) => string) =>
    ids.length === 0 ? ["  none"] : ids.map((id) => `  ${label(id)}`);
  return writeAnswer(output, flags.format, {
    json: () => ({
      query: c.query,
      permitted: c.permitted,
      agreements: c.agreements,
      parties: c.parties,
      pairs: c.pairs,
    }),
    table: () => {
      const q = c.query;
      const head = `Critical links from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicName(model, q.topic)} on ${q.at}, ${optionWords(q)}.`;
      if (c.permitted === 0) return [head, "", "No permitted route: there is nothing left to lose."];
      return [
        head,
        "",
        `Permitted routes: ${c.permitted}.`,
        "Agreements whose loss alone leaves no permitted route:",
        ...names(c.agreements, (id) => agreementLabel(model, id)),
        "Intermediaries whose loss alone leaves no permitted route:",
        ...names(c.parties, (id) => partyLabel(model, id)),
        "Pairs of agreements whose joint loss leaves no permitted route:",
        ...(c.pairs.length === 0
          ? ["  none"]
          : c.pairs.map(([a, b]) => `  ${agreementLabel(model, a)} and ${agreementLabel(model, b)}`)),
      ];
    },
    csv: () => [
      ["kind", "id", "with"],
      ...c.agreements.map((id) => ["agreement", id, ""]),
      ...c.parties.map((id) => ["party", id, ""]),
      ...c.pairs.map(([a, b]) => ["agreement pair", a, b]),
    ],
  });
}
