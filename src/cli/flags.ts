// Flags shared by several commands, declared once with their help and defaults.
import { DEFAULT_EXPLAIN, DEFAULT_ROUTE_OPTIONS, MAX_LISTED_ROUTES } from "../routing";
import type { FlagSpec } from "./command";

export const DATA_FLAG = {
  name: "data",
  type: "string",
  value: "PATH|-",
  default: "the built-in dataset",
  help: "a dataset file or folder; - reads one file from standard input (JSON when it starts with {, else YAML)",
} as const satisfies FlagSpec;

/** The parts of a route query, one flag each; `required` ones for commands that always ask a query. */
const QUERY = {
  from: { name: "from", type: "string", value: "ID", help: "the party that sends (the originator)" },
  to: { name: "to", type: "string", value: "ID", help: "the party that receives" },
  topic: { name: "topic", type: "string", value: "ID", help: "what the information is about" },
  at: { name: "at", type: "string", value: "DATE", help: "the day, YYYY-MM-DD" },
} as const satisfies Record<string, FlagSpec>;

export const QUERY_OPTION_FLAGS = [
  {
    name: "max-hops",
    type: "string",
    value: "N",
    default: String(DEFAULT_ROUTE_OPTIONS.maxHops),
    help: "the longest route considered, 1 to 6 hops",
  },
  {
    name: "allow-consent-relay",
    type: "boolean",
    help: "let intermediaries pass information on with the originator's ad-hoc consent where no agreement provides for it",
  },
  {
    name: "disable",
    type: "string",
    value: "ID,ID",
    default: "none",
    help: "agreements or parties to switch off, as a what-if scenario",
  },
  {
    name: "explain",
    type: "string",
    value: "N|all",
    default: String(DEFAULT_EXPLAIN),
    help: `how many blocked candidates to list with their reasons, fewest hops first; all of them with "all" (an answer lists at most ${MAX_LISTED_ROUTES.toLocaleString("en-US")} routes)`,
  },
] as const satisfies readonly FlagSpec[];

/** The query flags, every one required: for commands whose only job is a query. */
export const REQUIRED_QUERY_FLAGS = [
  { ...QUERY.from, required: true },
  { ...QUERY.to, required: true },
  { ...QUERY.topic, required: true },
  { ...QUERY.at, required: true },
  ...QUERY_OPTION_FLAGS,
] as const;

/** The query flags without --at, for commands that answer a query in one mode: `mode` says which. */
export function modeQueryFlags<const M extends string>(mode: M) {
  return [
    { ...QUERY.from, requiredWith: mode },
    { ...QUERY.to, requiredWith: mode },
    { ...QUERY.topic, requiredWith: mode },
    ...QUERY_OPTION_FLAGS,
  ] as const;
}
