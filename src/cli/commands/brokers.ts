// `brokers --topic ID --at DATE …`: the parties that pairs depend on as relay, with betweenness centrality beside
// them in the table and CSV (the JSON is the contract's `{ query, brokers }`).
import { BROKERAGE_VS_BETWEENNESS, brokers, channelBetweenness } from "../../analysis";
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
export const BROKERS_FLAGS = {
  topic: QUERY_OPTIONS.topic,
  at: QUERY_OPTIONS.at,
  ...ANALYSIS_FLAGS,
} as const;

export const BROKERS_USAGE = "brokers --topic ID --at DATE";

/** Words wrapped at 80 columns. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > 80) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** Run the command; exit 0 with the brokers, 1 for invalid data or an unknown id, 2 for usage. */
export function brokersCommand(args: string[], output: Output): number {
  const flags = parseAnalysisFlags("brokers", args, BROKERS_FLAGS, {
    required: ["topic", "at"],
    days: ["at"],
  });
  const model = loadModel(flags.data);
  const options = routeOptionsOf("brokers", model, flags);
  const b = brokers(model, flags.topic!, flags.at!, options);
  const betweenness = () =>
    new Map(channelBetweenness(model, flags.at!, options).map((r) => [r.party, r.betweenness]));
  return writeAnswer(output, flags.format, {
    json: () => ({ query: b.query, brokers: b.brokers }),
    table: () => {
      const q = b.query;
      const score = betweenness();
      const relaying = b.brokers.filter((r) => r.on > 0);
      const rows = relaying.map((r) => [
        partyLabel(model, r.party),
        String(r.sole),
        String(r.on),
        (score.get(r.party) ?? 0).toFixed(3),
      ]);
      return [
        `Brokers for ${topicName(model, q.topic)} on ${q.at}, ${optionWords(q)}.`,
        "",
        ...(rows.length === 0
          ? ["No party relays for any pair."]
          : columns([["party", "sole", "on", "betweenness"], ...rows])),
        ...(relaying.length < b.brokers.length
          ? [`${b.brokers.length - relaying.length} other parties relay for no pair.`]
          : []),
        "",
        ...wrap(BROKERAGE_VS_BETWEENNESS),
      ];
    },
    csv: () => {
      const score = betweenness();
      return [
        ["party", "sole", "on", "betweenness"],
        ...b.brokers.map((r) => [r.party, String(r.sole), String(r.on), String(score.get(r.party) ?? 0)]),
      ];
    },
  });
}
