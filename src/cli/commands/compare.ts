// `compare --from ID --to ID --topic ID --at DATE --vs DATE …`: the routes a pair gained, lost and kept with other
// conditions or warnings between two dates, and the channels that came into or went out of force.
import { compareDates } from "../../analysis";
import { partyLabel, topicLabel } from "../../model";
import { type Route, routeKey } from "../../routing";
import { chosen, defineCommand } from "../command";
import { analysisFlags, analysisFormatFlag, checkDay, QUERY, REQUIRED_PAIR_FLAGS } from "../flags";
import { loadModel } from "../io";
import { routeOptionsOf } from "../query";
import { columns, optionWords, wrap } from "../text";
import { writeAnswer } from "../writeAnswer";

const FORMAT = analysisFormatFlag("{ query, before, after, gained, lost, changed }");

const codes = (list: readonly { code: string }[]) => list.map((x) => x.code).join(" ");

function marks(route: Route): string {
  const text =
    route.status === "permitted"
      ? [codes(route.conditions), codes(route.warnings)].filter(Boolean).join("; ")
      : codes(route.reasons);
  return text ? `${route.status}: ${text}` : route.status;
}

export const compareCommand = defineCommand({
  name: "compare",
  summary:
    "What changed for one pair and topic between two days: the routes gained, lost, and kept with other conditions or warnings (matched by key), and the channels that came into or went out of force.",
  flags: [
    ...REQUIRED_PAIR_FLAGS,
    { ...QUERY.at, required: true, help: "the first day (before), YYYY-MM-DD" },
    {
      name: "vs",
      type: "string",
      value: "DATE",
      required: true,
      check: checkDay,
      help: "the second day (after), YYYY-MM-DD; it may be the earlier one",
    },
    ...analysisFlags(FORMAT),
  ],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const c = compareDates(
      model,
      { from: values.from!, to: values.to!, topic: values.topic! },
      values.at!,
      values.vs!,
      routeOptionsOf("compare", model, values),
    );
    return writeAnswer(output, chosen(FORMAT, values.format), {
      json: () => ({
        query: c.query,
        before: c.before,
        after: c.after,
        gained: c.gained,
        lost: c.lost,
        changed: c.changed,
      }),
      table: () => {
        const q = c.query;
        const section = (title: string, rows: string[][]) =>
          rows.length === 0
            ? [`${title}: none`]
            : [`${title} (${rows.length}):`, ...columns(rows).map((l) => `  ${l}`)];
        return [
          ...wrap(
            `Routes from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicLabel(model, q.topic)}, ${c.before} against ${c.after}, ${optionWords(q)}.`,
          ),
          "",
          ...section(
            `Gained by ${c.after}`,
            c.gained.map((r) => [r.hops.length === 1 ? "direct" : "relayed", routeKey(r), marks(r)]),
          ),
          ...section(
            `Lost by ${c.after}`,
            c.lost.map((r) => [r.hops.length === 1 ? "direct" : "relayed", routeKey(r), marks(r)]),
          ),
          ...section(
            "Changed",
            c.changed.map((x) => [x.key, `${marks(x.before)} → ${marks(x.after)}`]),
          ),
          "",
          ...section(
            "Channels that came into force",
            c.channels.cameIntoForce.map((x) => [x.key, `${x.before} → ${x.after}`]),
          ),
          ...section(
            "Channels that went out of force",
            c.channels.wentOutOfForce.map((x) => [x.key, `${x.before} → ${x.after}`]),
          ),
        ];
      },
      csv: () => [
        ["change", "key", "before", "after"],
        ...c.gained.map((r) => ["gained", routeKey(r), "blocked", marks(r)]),
        ...c.lost.map((r) => ["lost", routeKey(r), "permitted", marks(r)]),
        ...c.changed.map((x) => ["changed", x.key, marks(x.before), marks(x.after)]),
        ...c.channels.cameIntoForce.map((x) => ["channel in force", x.key, x.before, x.after]),
        ...c.channels.wentOutOfForce.map((x) => ["channel out of force", x.key, x.before, x.after]),
      ],
    });
  },
});
