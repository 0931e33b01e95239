// `critical --from ID --to ID --topic ID --at DATE …`: the agreements and intermediaries whose loss alone cuts a
// pair off, and the pairs of agreements whose joint loss does, as a table, the JSON contract or CSV.
import { criticalLinks } from "../../analysis";
import { type Model, partyLabel, topicLabel } from "../../model";
import { chosen, defineCommand } from "../command";
import { analysisFlags, analysisFormatFlag, QUERY, REQUIRED_PAIR_FLAGS } from "../flags";
import { loadModel } from "../io";
import { routeOptionsOf } from "../query";
import { optionWords, wrap } from "../text";
import { writeAnswer } from "../writeAnswer";

const FORMAT = analysisFormatFlag("{ query, permitted, agreements, parties, pairs }");

function agreementLabel(model: Model, id: string): string {
  const a = model.agreements.get(id);
  return a ? `${a.name} (${id})` : id;
}

export const criticalCommand = defineCommand({
  name: "critical",
  summary:
    "What a pair's permitted routes on a topic and day depend on: the agreements and intermediaries whose loss alone leaves no permitted route, and the pairs of agreements whose joint loss does.",
  flags: [...REQUIRED_PAIR_FLAGS, { ...QUERY.at, required: true }, ...analysisFlags(FORMAT)],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const c = criticalLinks(
      model,
      { from: values.from!, to: values.to!, topic: values.topic!, at: values.at! },
      routeOptionsOf("critical", model, values),
    );
    const names = (ids: readonly string[], label: (id: string) => string) =>
      ids.length === 0 ? ["  none"] : ids.map((id) => `  ${label(id)}`);
    return writeAnswer(output, chosen(FORMAT, values.format), {
      json: () => ({
        query: c.query,
        permitted: c.permitted,
        agreements: c.agreements,
        parties: c.parties,
        pairs: c.pairs,
      }),
      table: () => {
        const q = c.query;
        const head = wrap(
          `Critical links from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicLabel(model, q.topic)} on ${q.at}, ${optionWords(q)}.`,
        );
        if (c.permitted === 0) return [...head, "", "No permitted route: there is nothing left to lose."];
        return [
          ...head,
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
  },
});
