// `timeline --from ID --to ID --topic ID [--since DATE] [--until DATE] [--explain N|all] …`: when each route between
// a pair was permitted or blocked, interval by interval, as a table, the JSON contract or CSV. --explain bounds the
// candidates listed that stay blocked throughout, as for routes.
import { routeTimeline } from "../../analysis";
import { partyLabel, topicLabel } from "../../model";
import { chosen, defineCommand } from "../command";
import {
  analysisFlags,
  analysisFormatFlag,
  checkDay,
  EXPLAIN_FLAG,
  explainOf,
  REQUIRED_PAIR_FLAGS,
} from "../flags";
import { loadModel } from "../io";
import { routeOptionsOf } from "../query";
import { columns, optionWords, wrap } from "../text";
import { writeAnswer } from "../writeAnswer";

const FORMAT = analysisFormatFlag("{ query, intervals }");

const list = (codes: readonly string[]) => codes.join(" ");

export const timelineCommand = defineCommand({
  name: "timeline",
  summary:
    "When information on a topic could travel from one party to another: intervals of days, split exactly where any candidate route's status, conditions or warnings change, each with its best route kind and its routes.",
  flags: [
    ...REQUIRED_PAIR_FLAGS,
    {
      name: "since",
      type: "string",
      value: "DATE",
      default: "the dataset's first date",
      check: checkDay,
      help: "the first day, YYYY-MM-DD",
    },
    {
      name: "until",
      type: "string",
      value: "DATE",
      default: "none: the last interval is open",
      check: checkDay,
      help: "the last day, YYYY-MM-DD",
    },
    {
      ...EXPLAIN_FLAG,
      help: 'how many candidates blocked on every day of the range to list, fewest hops first; all of them with "all" (every candidate permitted on some day is listed)',
    },
    ...analysisFlags(FORMAT),
  ],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const explain = explainOf(values.explain);
    const timeline = routeTimeline(
      model,
      values.from!,
      values.to!,
      values.topic!,
      { ...routeOptionsOf("timeline", model, values), ...(explain === undefined ? {} : { explain }) },
      values.since,
      values.until,
    );
    return writeAnswer(output, chosen(FORMAT, values.format), {
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
          ...wrap(
            `Route timeline from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicLabel(model, q.topic)}, ${q.since}${q.until ? ` to ${q.until}` : " onwards"}, ${optionWords(q)}.`,
          ),
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
  },
});
