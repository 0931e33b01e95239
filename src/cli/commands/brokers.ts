// `brokers --topic ID --at DATE …`: the parties that pairs depend on as relay, with betweenness centrality beside
// them in the table and CSV (the JSON is the contract's `{ query, brokers }`).
import { BROKERAGE_VS_BETWEENNESS, brokers, channelBetweenness } from "../../analysis";
import { partyLabel, topicLabel } from "../../model";
import { chosen, defineCommand } from "../command";
import { analysisFlags, analysisFormatFlag, QUERY } from "../flags";
import { loadModel } from "../io";
import { routeOptionsOf } from "../query";
import { columns, optionWords, paragraph, wrap } from "../text";
import { writeAnswer } from "../writeAnswer";

const FORMAT = analysisFormatFlag("{ query, brokers }");

export const brokersCommand = defineCommand({
  name: "brokers",
  summary:
    "The parties that pairs depend on as relay on a topic and day: for each, the ordered pairs whose every permitted route passes through it (sole) and those with at least one such route (on); the table and CSV add betweenness centrality beside them.",
  flags: [{ ...QUERY.topic, required: true }, { ...QUERY.at, required: true }, ...analysisFlags(FORMAT)],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const options = routeOptionsOf("brokers", model, values);
    const b = brokers(model, values.topic!, values.at!, options);
    const betweenness = () =>
      new Map(channelBetweenness(model, values.at!, options).map((r) => [r.party, r.betweenness]));
    return writeAnswer(output, chosen(FORMAT, values.format), {
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
          ...wrap(`Brokers for ${topicLabel(model, q.topic)} on ${q.at}, ${optionWords(q)}.`),
          "",
          ...(rows.length === 0
            ? ["No party relays for any pair."]
            : columns([["party", "sole", "on", "betweenness"], ...rows])),
          ...(relaying.length < b.brokers.length
            ? [`${b.brokers.length - relaying.length} other parties relay for no pair.`]
            : []),
          "",
          ...paragraph(BROKERAGE_VS_BETWEENNESS),
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
  },
});
