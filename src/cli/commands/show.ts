// `show [--data PATH]`: a summary of the dataset: counts, date range, parties, agreements by kind, coverage claims.
import { type Day, toDay } from "../../model";
import { defineCommand } from "../command";
import { DATA_FLAG } from "../flags";
import { EXIT, loadModel } from "../io";

export const showCommand = defineCommand({
  name: "show",
  summary:
    "Summarise a dataset: counts, the range of its dates, its parties, its agreements by kind, and how complete it claims each party's list of agreements to be.",
  flags: [DATA_FLAG],
  run(values, _operands, output) {
    const model = loadModel(values.data);
    const d = model.dataset;
    const days: Day[] = [
      ...d.agreements.flatMap((a) => a.timeline.map((e) => toDay(e.date))),
      ...d.incidents.map((i) => toDay(i.date)),
    ].sort();
    const lines = [
      d.title,
      `${d.parties.length} parties, ${d.agreements.length} agreements, ${model.graph.size} channels, ${d.topics.length} topics, ${d.policies.length} policies, ${d.incidents.length} incidents, ${d.sources.length} sources`,
      `dates: ${days[0] ?? "-"} to ${days[days.length - 1] ?? "-"}`,
      "",
      "Parties:",
      ...d.parties.map(
        (p) => `  ${p.id.padEnd(6)} ${p.name}${p.kind === "organisation" ? " (organisation)" : ""}`,
      ),
      "",
      "Agreements by kind:",
    ];
    const kinds = [...new Set(d.agreements.map((a) => a.kind))].sort();
    for (const kind of kinds) {
      lines.push(`  ${kind}:`);
      for (const a of d.agreements.filter((x) => x.kind === kind)) {
        lines.push(`    ${a.id.padEnd(28)} ${a.name} (${a.parties.join(", ")})`);
      }
    }
    const claims = d.coverage ?? [];
    lines.push(
      "",
      claims.length > 0
        ? "Coverage of agreement lists:"
        : "Coverage: no claims (a missing route may be missing data)",
    );
    for (const c of claims) {
      const count = c.officialTotal === undefined ? "" : ` (official count: ${c.officialTotal})`;
      lines.push(`  ${c.party.padEnd(6)} ${c.status} as of ${c.asOf}${count}`);
    }
    if (claims.length > 0) lines.push("  others: no claim (a missing route there may be missing data)");
    output.out(lines.join("\n"));
    return EXIT.ok;
  },
});
