// `routes --from ID --to ID --topic ID --at DATE …`: the route engine's answer as a table or as JSON.
import type { Model } from "../../model";
import type { Route, RouteAnswer } from "../../routing";
import { CliError, EXIT, loadModel, type Output } from "../io";
import { answerQuery, checkQueryUsage, type QueryFlags } from "../query";

export interface RoutesOptions extends QueryFlags {
  data?: string;
  format?: string;
}

const WIDTH = 80;

/** Words wrapped to the terminal width, every line after the first indented by `indent`. */
function wrap(text: string, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const bare = line === first || line === indent;
    if (!bare && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line += (bare ? "" : " ") + word;
  }
  lines.push(line);
  return lines;
}

function partyName(model: Model, id: string): string {
  const p = model.parties.get(id);
  return p ? `${p.shortName ?? p.name} (${id})` : id;
}

function window(route: Route): string {
  if (route.validFrom === null && route.validTo === null) return "on every date";
  return `${route.validFrom ?? "always before"} to ${route.validTo ?? "no end date"}`;
}

function routeBlock(model: Model, route: Route, n: number): string[] {
  const head = `${n}. ${route.kind}, ${route.hops.length} hop${route.hops.length === 1 ? "" : "s"}: `;
  const lines = wrap(route.parties.map((p) => partyName(model, p)).join(" → "), head, "   ");
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
  if (route.status === "permitted") lines.push(`   valid: ${window(route)}`);
  return lines;
}

/** The answer as text for an 80-column terminal: permitted routes first, then blocked candidates. */
export function formatRoutesTable(model: Model, answer: RouteAnswer): string {
  const q = answer.query;
  const topic = model.topics.get(q.topic)?.name ?? q.topic;
  const lines = wrap(
    `Routes from ${partyName(model, q.from)} to ${partyName(model, q.to)} for ${topic} (${q.topic}) on ${q.at}, up to ${q.maxHops} hop${q.maxHops === 1 ? "" : "s"}${q.allowConsentRelay ? ", relay with ad-hoc consent allowed" : ""}${q.disable.length > 0 ? `, switched off: ${q.disable.join(", ")}` : ""}.`,
    "",
    "",
  );
  lines.push("");
  if (answer.routes.length === 0) lines.push("No permitted route.");
  else lines.push(`Permitted routes (${answer.routes.length}):`);
  answer.routes.forEach((route, i) => {
    lines.push(...routeBlock(model, route, i + 1));
  });
  if (answer.blocked.length > 0) {
    lines.push("", `Blocked candidates (${answer.blocked.length}):`);
    answer.blocked.forEach((route, i) => {
      lines.push(...routeBlock(model, route, i + 1));
    });
  }
  return lines.join("\n");
}

/** Run the query; exit 0 whether or not a route exists (no route is an answer). */
export function routes(options: RoutesOptions, output: Output): number {
  checkQueryUsage("routes", options);
  if (options.format !== undefined && options.format !== "table" && options.format !== "json") {
    throw new CliError(`routes: --format must be table or json, not "${options.format}"`, EXIT.usage);
  }
  const model = loadModel(options.data);
  const answer = answerQuery("routes", model, options);
  if (options.format === "json") {
    output.out(
      JSON.stringify({ query: answer.query, routes: answer.routes, blocked: answer.blocked }, null, 2),
    );
  } else output.out(formatRoutesTable(model, answer));
  return EXIT.ok;
}
