// The route answer as text for an 80-column terminal: the query, the permitted routes (or, with none, how far the
// dataset vouches for that), the blocked candidates counted by reason, then the first blocked ones with a line
// saying how to see the rest. Written as it is read.
import { type Model, type NoRouteCoverage, partyLabel, topicLabel } from "../model";
import { MAX_LISTED_ROUTES, type ReasonSummary, type Route, type RouteSearch } from "../routing";
import type { Output } from "./io";
import { optionWords, plural, wrap } from "./text";

/** "No permitted route.", then whether the dataset holds every agreement of both ends, or why it may not. */
function noPermittedRoute(coverage: NoRouteCoverage | undefined): string {
  return coverage ? coverage.message.replace(/^No route\b/, "No permitted route") : "No permitted route.";
}

function window(route: Route): string {
  if (route.validFrom === null && route.validTo === null) return "on every date";
  return `${route.validFrom ?? "always before"} to ${route.validTo ?? "no end date"}`;
}

function routeBlock(model: Model, route: Route, n: number): string[] {
  const head = `${n}. ${route.kind}, ${plural(route.hops.length, "hop")}: `;
  const lines = wrap(route.parties.map((p) => partyLabel(model, p)).join(" → "), head, "   ");
  route.hops.forEach((hop, i) => {
    lines.push(
      ...wrap(
        `${hop.from} → ${hop.to} under ${hop.agreementName} (${hop.agreement})`,
        `   hop ${i + 1}: `,
        "          ",
      ),
    );
  });
  for (const c of route.conditions) lines.push(...wrap(c.message, `   condition ${c.code}: `, "      "));
  for (const w of route.warnings) lines.push(...wrap(w.message, `   warning ${w.code}: `, "      "));
  for (const r of route.reasons)
    lines.push(...wrap(r.message, `   blocked at hop ${r.hop + 1}, ${r.code}: `, "      "));
  // The window in which nothing about the route changes (validFrom, validTo): not the whole time it is permitted.
  if (route.status === "permitted") lines.push(`   same status, conditions and warnings: ${window(route)}`);
  return lines;
}

/** One line per reason code: how many candidates carry it, and its shortest example by its parties and agreements. */
function summaryLines(summary: readonly ReasonSummary[]): string[] {
  const codeWidth = Math.max(...summary.map((s) => s.code.length));
  const countWidth = Math.max(...summary.map((s) => s.count.toLocaleString("en-US").length));
  return summary.flatMap((s) => {
    const { parties, hops } = s.example;
    const head = `  ${s.code.padEnd(codeWidth)}  ${s.count.toLocaleString("en-US").padStart(countWidth)}  e.g. `;
    return wrap(
      `${parties.join(" → ")} (${hops.map((h) => h.agreement).join(", ")})`,
      head,
      " ".repeat(head.length),
    );
  });
}

/**
 * Write the answer as text, permitted routes first, then the blocked candidates: counted, summarised, listed.
 * `coverage` (given when no route is permitted) says whether the dataset vouches for there being none.
 */
export function writeRoutesTable(
  model: Model,
  search: RouteSearch,
  coverage: NoRouteCoverage | undefined,
  output: Output,
): void {
  const q = search.query;
  const title = wrap(
    `Routes from ${partyLabel(model, q.from)} to ${partyLabel(model, q.to)} for ${topicLabel(model, q.topic)} on ${q.at}, ${optionWords(q)}.`,
  );
  output.out([...title, ""].join("\n"));
  output.out(
    search.permittedTotal === 0
      ? wrap(noPermittedRoute(coverage)).join("\n")
      : `Permitted routes (${search.permittedTotal}):`,
  );
  let n = 0;
  for (const route of search.routes()) output.out(routeBlock(model, route, ++n).join("\n"));
  const total = search.blockedTotal;
  if (total === 0) return;
  output.out(
    [
      "",
      ...wrap(
        `Blocked candidates: ${total.toLocaleString("en-US")}. By reason (a candidate blocked for several reasons counts under each):`,
      ),
      ...summaryLines(search.blockedSummary),
      "",
    ].join("\n"),
  );
  const listed = search.explained;
  if (listed === total) output.out(`Blocked candidates (${total.toLocaleString("en-US")}):`);
  else if (listed > 0) output.out(`The first ${listed} blocked candidates, fewest hops first:`);
  n = 0;
  for (const route of search.blocked()) output.out(routeBlock(model, route, ++n).join("\n"));
  if (listed < total) {
    const more =
      listed === 0
        ? "None is listed (--explain 0):"
        : `${plural(total - listed, "more blocked candidate")} not listed:`;
    // "all" is refused past what one answer holds, so past that only N is offered.
    const how =
      search.permittedTotal + total <= MAX_LISTED_ROUTES
        ? "  --explain all lists every one, --explain N the first N."
        : `  --explain N lists the first N (one answer lists at most ${MAX_LISTED_ROUTES.toLocaleString("en-US")} routes).`;
    output.out(["", more, how].join("\n"));
  }
}
