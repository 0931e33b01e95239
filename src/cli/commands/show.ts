// `show [--data PATH]`: a summary of the dataset: counts, date range, parties, agreements by kind, coverage claims.
import { type Day, toDay } from "../../model";
import { loadModel, type Output } from "../io";

export function show(options: { data?: string }, output: Output): number {
  const model = loadModel(options.data);
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
  return 0;
}
