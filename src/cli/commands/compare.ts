// `compare --from ID --to ID --topic ID --at DATE --vs DATE …`: the routes a pair gained, lost and kept with other
// conditions or warnings between two dates, and the channels that came into or went out of force.
import { compareDates } from "../../analysis";
import { partyLabel } from "../../model";
import { type Route, routeKey } from "../../routing";
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
export const COMPARE_FLAGS = {
  from: QUERY_OPTIONS.from,
  to: QUERY_OPTIONS.to,
  topic: QUERY_OPTIONS.topic,
  at: QUERY_OPTIONS.at,
  vs: { type: "string" },
  ...ANALYSIS_FLAGS,
} as const;

export const COMPARE_USAGE = "compare --from ID --to ID --topic ID --at DATE --vs DATE";

const codes = (list: readonly { code: string }[]) => list.map((x) => x.code).join(" ");

function marks(route: Route): string {
  const text =
    route.status === "permitted"
      ? [codes(route.conditions), codes(route.warnings)].filter(Boolean).join("; ")
      : codes(route.reasons);
  return text ? `${route.status}: ${text}` : route.status;
}

/** Run the command; exit 0 with the comparison, 1 for invalid data or an unknown id, 2 for usage. */
export function compareCommand(args: string[], output: Output): number {
  const flags = parseAnalysisFlags("compare", args, COMPARE_FLAGS, {
    required: ["from", "to", "topic", "at", "vs"],
    days: ["at", "vs"],
  });
  const model = loadModel(flags.data);
  const c = compareDates(
    model,
    { from: flags.from!, to: flags.to!, topic: flags.topic! },
    flags.at!,
    flags.vs!,
    routeOptionsOf("compare", model, flags),
  );
  return writeAnswer(output, flags.format, {
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
        `Routes from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicName(model, q.topic)}, ${c.before} against ${c.after}, ${optionWords(q)}.`,
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
}
