// Schema failures as problems a person can act on: each zod issue worded for the one who wrote the file, with its
// file, line and JSON path, and a "did you mean" for a misspelt field.
import { z } from "zod";
import type { Problem } from "./errors.ts";
import { formatPath, type ParsedFile, type PathKey } from "./parse.ts";
import { datasetFileSchema } from "./schema.ts";

/** The value at `path` in parsed data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** A value as a short phrase for a message: `the number 5`, `the text "KOR"`, `a list`. */
export function describe(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text ${quote(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the value ${value}`;
  if (typeof value === "object") return "a mapping";
  return String(value);
}

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

const KINDS: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping",
  number: "a number",
  boolean: "true or false",
};

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

/** The field names the schema allows for the mapping at `path` of a dataset file. */
function fieldsAt(path: readonly PathKey[]): string[] {
  let schema: z.ZodType | undefined = datasetFileSchema;
  for (const key of path) {
    const s: z.ZodType = unwrap(schema);
    if (s instanceof z.ZodObject && typeof key === "string") schema = s.shape[key] as z.ZodType | undefined;
    else if (s instanceof z.ZodArray) schema = s.element as z.ZodType;
    else return [];
    if (!schema) return [];
  }
  const s = unwrap(schema);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const near = allowed
    .map((field) => ({ field, d: editDistance(key.toLowerCase(), field.toLowerCase()) }))
    .filter(({ d }) => d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  if (near) return `unknown field ${quote(key)} (did you mean "${near.field}"?)`;
  return allowed.length > 0
    ? `unknown field ${quote(key)} (allowed: ${allowed.join(", ")})`
    : `unknown field ${quote(key)}`;
}

/** One problem per failed check, worded for the person who wrote the file; one per path, the first found. */
export function zodProblems(parsed: ParsedFile, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (path: PathKey[], message: string) => {
    const where = formatPath(path);
    if (seen.has(where)) return;
    seen.add(where);
    problems.push({ file: parsed.file, path: where, ...parsed.locate(path), message });
  };
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
    const value = valueAt(parsed.data, path);
    if (issue.code === "unrecognized_keys") {
      const allowed = fieldsAt(path);
      for (const key of issue.keys) add([...path, key], unknownFieldMessage(key, allowed));
    } else if (issue.code === "invalid_type") {
      const field = path[path.length - 1];
      if (value === undefined && typeof field === "string") add(path, `missing required field "${field}"`);
      else add(path, `must be ${KINDS[issue.expected] ?? issue.expected}, not ${describe(value)}`);
    } else if (issue.code === "invalid_value") {
      const options = issue.values.map((v) => JSON.stringify(v)).join(", ");
      add(path, `must be one of ${options}, not ${describe(value)}`);
    } else if (typeof value === "string") {
      add(path, `${issue.message} (got ${quote(value)})`);
    } else {
      add(path, issue.message);
    }
  }
  return problems;
}
