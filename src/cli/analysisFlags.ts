// What the analysis commands (timeline, compare, matrix, critical, brokers) share: the route-option and output
// flags, parsing with usage errors, and writing an answer as a table, JSON or CSV.
import { parseArgs } from "node:util";
import { csvCell } from "../export/pure";
import type { Model } from "../model";
import { CliError, EXIT, type Output } from "./io";
import { checkMaxHops, isQueryDay, QUERY_OPTIONS } from "./query";

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** The flags every analysis command takes beside its own. */
export const ANALYSIS_FLAGS = {
  "max-hops": QUERY_OPTIONS["max-hops"],
  "allow-consent-relay": QUERY_OPTIONS["allow-consent-relay"],
  disable: QUERY_OPTIONS.disable,
  data: { type: "string" },
  format: { type: "string", default: "table" },
} as const;

/** How the usage text names the flags every analysis command takes. */
export const ANALYSIS_USAGE =
  "each also takes [--max-hops N] [--allow-consent-relay] [--disable ID,ID] [--data PATH] [--format table|json|csv]";

type FlagSpec = Record<string, { type: "string" | "boolean"; default?: string | boolean }>;

/**
 * Parse a command's flags (its own and ANALYSIS_FLAGS, declared together in its file), check those that need no
 * dataset (required flags, days, --max-hops, --format) and return them; every problem is a usage error (exit 2).
 */
export function parseAnalysisFlags<T extends FlagSpec>(
  scope: string,
  args: string[],
  flags: T,
  check: { required?: readonly (keyof T & string)[]; days?: readonly (keyof T & string)[] } = {},
) {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, options: flags, allowPositionals: true, strict: true }));
  } catch (error) {
    throw usage(scope, (error as Error).message.split("\n")[0]!);
  }
  if (positionals.length > 0) throw usage(scope, `unexpected argument ${positionals[0]}`);
  for (const name of check.required ?? []) if (!values[name]) throw usage(scope, `missing --${name}`);
  for (const name of check.days ?? []) {
    const value = values[name];
    if (typeof value === "string" && !isQueryDay(value)) {
      throw usage(scope, `--${name} must be a calendar day YYYY-MM-DD, not "${value}"`);
    }
  }
  checkMaxHops(scope, values["max-hops"] as string | undefined);
  const format = values.format as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw usage(scope, `--format must be one of ${FORMATS.join(", ")}, not "${format}"`);
  }
  return values as {
    [K in keyof T]: T[K]["type"] extends "boolean" ? boolean | undefined : string | undefined;
  } & {
    format: Format;
  };
}

function usage(scope: string, message: string): CliError {
  return new CliError(`${scope}: ${message}`, EXIT.usage);
}

/** Write the answer in the chosen format: JSON (the contract object), a table, or CSV rows with a header. */
export function writeAnswer(
  output: Output,
  format: Format,
  answer: { json: () => unknown; table: () => string[]; csv: () => string[][] },
): number {
  if (format === "json") output.out(JSON.stringify(answer.json(), null, 2));
  else if (format === "csv")
    output.out(
      answer
        .csv()
        .map((row) => row.map(csvCell).join(","))
        .join("\r\n"),
    );
  else output.out(answer.table().join("\n"));
  return EXIT.ok;
}

/** Rows of cells as aligned text columns, two spaces apart; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/** "North Korean missiles (nk-missile)", or the bare id for an id the dataset does not know. */
export function topicName(model: Model, id: string): string {
  const t = model.topics.get(id);
  return t ? `${t.name} (${id})` : id;
}

/** ", up to 3 hops, relay with ad-hoc consent allowed, switched off: x" for a table's heading. */
export function optionWords(q: { maxHops: number; allowConsentRelay: boolean; disable: readonly string[] }) {
  return `up to ${q.maxHops} hop${q.maxHops === 1 ? "" : "s"}${q.allowConsentRelay ? ", relay with ad-hoc consent allowed" : ""}${q.disable.length > 0 ? `, switched off: ${q.disable.join(", ")}` : ""}`;
}
