// `timeline --from ID --to ID --topic ID [--since DATE] [--until DATE] [--explain N|all] …`: when each route between
// a pair was permitted or blocked, interval by interval, as a table, the JSON contract or CSV. --explain bounds the
// candidates listed that stay blocked throughout, as for routes.
import { routeTimeline } from "../../analysis";
import { partyLabel } from "../../model";
import {
  ANALYSIS_FLAGS,
  columns,
  optionWords,
  parseAnalysisFlags,
  topicName,
  writeAnswer,
} from "../analysisFlags";
import { CliError, EXIT, loadModel, type Output } from "../io";
import { QUERY_OPTIONS, routeOptionsOf } from "../query";

/** The command's flags and their defaults. */
export const TIMELINE_FLAGS = {
  from: QUERY_OPTIONS.from,
  to: QUERY_OPTIONS.to,
  topic: QUERY_OPTIONS.topic,
  since: { type: "string" },
  until: { type: "string" },
  explain: { type: "string" },
  ...ANALYSIS_FLAGS,
} as const;

export const TIMELINE_USAGE =
  "timeline --from ID --to ID --topic ID [--since DATE] [--until DATE] [--explain N|all]";

const list = (codes: readonly string[]) => codes.join(" ");

/** Run the command; exit 0 with the timeline, 1 for invalid data or an unknown id, 2 for usage. */
export function timelineCommand(args: string[], output: Output): number {
  const flags = parseAnalysisFlags("timeline", args, TIMELINE_FLAGS, {
    required: ["from", "to", "topic"],
    days: ["since", "until"],
  });
  const explain = flags.explain;
  if (explain !== undefined && explain !== "all" && !/^\d+$/.test(explain)) {
    throw new CliError(`timeline: --explain must be a whole number or all, not "${explain}"`, EXIT.usage);
  }
  const model = loadModel(flags.data);
  const timeline = routeTimeline(
    model,
    flags.from!,
    flags.to!,
    flags.topic!,
    {
      ...routeOptionsOf("timeline", model, flags),
      ...(explain === undefined ? {} : { explain: explain === "all" ? "all" : Number(explain) }),
    },
    flags.since,
    flags.until,
  );
  return writeAnswer(output, flags.format, {
    json: () => ({ query: timeline.query, intervals: timeline.intervals }),
    table: () => {
      const q = timeline.query;
      const rows = [["from", "to", "best", "permitted routes (conditions; warnings)", "blocked"]];
      for (const interval of timeline.intervals) {
        const permitted = interval.routes.filter((r) => r.status === "permitted");
        const blocked = interval.routes.length - permitted.length;
        const described = permitted.map((r) => {
          const marks = [list(r.conditions), list(r.warnings)].filter(Boolean).join("; ");
          return marks ? `${r.key} (${marks})` : r.key;
        });
        rows.push([
          interval.from,
          interval.to ?? "onwards",
          interval.best,
          described[0] ?? "-",
          String(blocked),
        ]);
        for (const more of described.slice(1)) rows.push(["", "", "", more, ""]);
      }
      return [
        `Route timeline from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicName(model, q.topic)}, ${q.since}${q.until ? ` to ${q.until}` : " onwards"}, ${optionWords(q)}.`,
        "",
        ...columns(rows),
      ];
    },
    csv: () => [
      ["from", "to", "best", "route", "status", "conditions", "warnings"],
      ...timeline.intervals.flatMap((i) =>
        (i.routes.length > 0 ? i.routes : [undefined]).map((r) => [
          i.from,
          i.to ?? "",
          i.best,
          r?.key ?? "",
          r?.status ?? "",
          list(r?.conditions ?? []),
          list(r?.warnings ?? []),
        ]),
      ),
    ],
  });
}
