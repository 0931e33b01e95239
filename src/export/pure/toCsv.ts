// The route comparison as CSV (RFC 4180) for spreadsheets: one row per route, permitted and blocked.
import type { Route, RouteAnswer } from "../../routing/types";

export const CSV_COLUMNS = [
  "rank",
  "status",
  "kind",
  "parties",
  "agreements",
  "intermediaries",
  "conditions",
  "warnings",
  "reasons",
  "valid_from",
  "valid_to",
  "sources",
] as const;

/**
 * One cell: a spreadsheet would run text starting with = + - @ (or a tab or carriage return) as a formula, so
 * such text gets a leading apostrophe; then the cell is quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function routeRow(route: Route, rank: number): string[] {
  return [
    String(rank),
    route.status,
    route.kind,
    route.parties.join(" > "),
    route.agreements.map((a) => `${a.name} (${a.id}; ${a.kind}; ${a.legalNature}; ${a.status})`).join(" | "),
    route.intermediaries.join(" "),
    route.conditions.map((c) => `${c.code}: ${c.message}`).join(" | "),
    route.warnings.map((w) => `${w.code}: ${w.message}`).join(" | "),
    route.reasons.map((r) => `${r.code} (hop ${r.hop + 1}): ${r.message}`).join(" | "),
    route.validFrom ?? "",
    route.validTo ?? "",
    route.sources
      .map((s) => `${s.publisher}, "${s.title}"${s.fact ? ` [${s.fact}]` : ""} ${s.url}`)
      .join(" | "),
  ];
}

/**
 * The answer's routes as CSV with a header row (`CSV_COLUMNS`) and CRLF line ends: permitted routes first, then
 * the blocked ones it lists (as many as its query's `explain` asked for), ranked 1… in that order. Lists inside a
 * cell are joined with " | " (parties with " > "); an open validity window is an empty cell. An answer with no
 * routes gives the header row alone.
 */
export function toCsv(answer: RouteAnswer): string {
  const rows = [[...CSV_COLUMNS], ...[...answer.routes, ...answer.blocked].map((r, i) => routeRow(r, i + 1))];
  return `${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
