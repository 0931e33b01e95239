// Flags shared by several commands, declared once with their help, defaults and checks.
import { isIsoDay } from "../model";
import { DEFAULT_EXPLAIN, DEFAULT_ROUTE_OPTIONS, MAX_HOPS, MAX_LISTED_ROUTES, MIN_HOPS } from "../routing";
import { type FlagSpec, mustBe } from "./command";

/** The check of a flag that takes a calendar day (a month or year alone is not a query date). */
export const checkDay = (value: string) =>
  isIsoDay(value) ? undefined : mustBe("a calendar day YYYY-MM-DD", value);

export const DATA_FLAG = {
  name: "data",
  type: "string",
  value: "PATH|-",
  default: "the built-in dataset",
  help: "a dataset file or folder; - reads one file from standard input (JSON when it starts with {, else YAML)",
} as const satisfies FlagSpec;

/** The parts of a route query, one flag each; `required` ones for commands that always ask a query. */
export const QUERY = {
  from: { name: "from", type: "string", value: "ID", help: "the party that sends (the originator)" },
  to: { name: "to", type: "string", value: "ID", help: "the party that receives" },
  topic: { name: "topic", type: "string", value: "ID", help: "what the information is about" },
  at: { name: "at", type: "string", value: "DATE", check: checkDay, help: "the day, YYYY-MM-DD" },
} as const satisfies Record<string, FlagSpec>;

/** The options of any route question, for the route engine and the analyses alike. */
export const ROUTE_OPTION_FLAGS = [
  {
    name: "max-hops",
    type: "string",
    value: "N",
    default: String(DEFAULT_ROUTE_OPTIONS.maxHops),
    check: (value: string) =>
      /^\d+$/.test(value) && Number(value) >= MIN_HOPS && Number(value) <= MAX_HOPS
        ? undefined
        : mustBe(`a whole number from ${MIN_HOPS} to ${MAX_HOPS}`, value),
    help: `the longest route considered, ${MIN_HOPS} to ${MAX_HOPS} hops`,
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
] as const satisfies readonly FlagSpec[];

export const EXPLAIN_FLAG = {
  name: "explain",
  type: "string",
  value: "N|all",
  default: String(DEFAULT_EXPLAIN),
  check: (value: string) =>
    value === "all" || /^\d+$/.test(value) ? undefined : mustBe("a whole number or all", value),
  help: `how many blocked candidates to list with their reasons, fewest hops first; all of them with "all" (an answer lists at most ${MAX_LISTED_ROUTES.toLocaleString("en-US")} routes)`,
} as const satisfies FlagSpec;

/** The bound --explain asks for, as the route engine takes it; undefined (the engine's default) without it. */
export function explainOf(value: string | undefined): "all" | number | undefined {
  return value === undefined || value === "all" ? value : Number(value);
}

export const QUERY_OPTION_FLAGS = [...ROUTE_OPTION_FLAGS, EXPLAIN_FLAG] as const;

/** The pair and topic of a question, required: for commands about one pair. */
export const REQUIRED_PAIR_FLAGS = [
  { ...QUERY.from, required: true },
  { ...QUERY.to, required: true },
  { ...QUERY.topic, required: true },
] as const;

/** The query flags, every one required: for commands whose only job is a query. */
export const REQUIRED_QUERY_FLAGS = [
  ...REQUIRED_PAIR_FLAGS,
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

/** The output formats of the analysis commands; `json` is the shape of the JSON object, for help. */
export function analysisFormatFlag<const J extends string>(json: J) {
  return {
    name: "format",
    type: "string",
    choices: ["table", "json", "csv"],
    default: "table",
    help: `a table for reading, JSON: ${json}, or CSV with a header row`,
  } as const satisfies FlagSpec;
}

/** The flags every analysis command takes after its own, ending with its format flag. */
export function analysisFlags<const F extends ReturnType<typeof analysisFormatFlag>>(format: F) {
  return [...ROUTE_OPTION_FLAGS, DATA_FLAG, format] as const;
}
