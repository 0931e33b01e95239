// Load a dataset from its files: parse, check against the schema, merge, and check references and dates.
import { z } from "zod";
import { checkCoverage } from "./coverage.ts";
import { compareDays, toDay } from "./dates.ts";
import type { Problem } from "./errors.ts";
import { formatPath, type ParsedFile, type PathKey, parseFile } from "./parse.ts";
import {
  agreementSchema,
  coverageSchema,
  type Dataset,
  type DatasetFile,
  datasetFileSchema,
  discrepancySchema,
  incidentSchema,
  partySchema,
  policySchema,
  sourceSchema,
  topicSchema,
} from "./schema.ts";
import { checkTimelineDates } from "./timelineChecks.ts";

/** A dataset file as text, named as the user knows it (a path, or a name in the import dialog). */
export interface DatasetSource {
  file: string;
  text: string;
  /** Size in bytes when the caller knows it without reading the text (an unread oversize file). */
  size?: number;
}

export type LoadResult = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

const SECTIONS = [
  "sources",
  "topics",
  "parties",
  "agreements",
  "policies",
  "incidents",
  "discrepancies",
  "coverage",
] as const;
type Section = (typeof SECTIONS)[number];

const RECORD_SCHEMAS: Record<Section, z.ZodType> = {
  sources: sourceSchema,
  topics: topicSchema,
  parties: partySchema,
  agreements: agreementSchema,
  policies: policySchema,
  incidents: incidentSchema,
  discrepancies: discrepancySchema,
  coverage: coverageSchema,
};

/** Where a merged record came from, so that problems found after merging still name file and line. */
interface Origin {
  parsed: ParsedFile;
  path: PathKey[];
}

/**
 * What the reference checks may not judge because part of the dataset could not be read: ids of records that
 * failed the schema (a reference to them is not "unknown"), and sections that are unreadable as a whole.
 */
interface Unread {
  ids: Map<Section, Set<string>>;
  sections: Set<Section>;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** A value as a short phrase for a message: `the number 5`, `the text "KOR"`, `a list`. */
function describe(value: unknown): string {
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
function zodProblems(parsed: ParsedFile, error: z.ZodError): Problem[] {
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

/**
 * Load a dataset from one or more files. Every problem is collected, none stops the others from being found:
 * records that pass the schema go on to the cross-record checks even when others in their file failed, and a
 * reference to a record that failed is not called unknown. A file that cannot be parsed at all turns the
 * unknown-reference checks off, since they could only guess. An empty list of files is a problem, not an exception.
 */
export function loadDataset(files: readonly DatasetSource[]): LoadResult {
  const problems: Problem[] = [];
  if (files.length === 0) {
    return {
      ok: false,
      problems: [{ file: "(dataset)", path: "(root)", message: "no dataset files given" }],
    };
  }
  const dataset: Dataset = {
    title: "",
    sources: [],
    topics: [],
    parties: [],
    agreements: [],
    policies: [],
    incidents: [],
    discrepancies: [],
    coverage: [],
  };
  const origins = new Map<object, Origin>();
  const unread: Unread = { ids: new Map(), sections: new Set() };
  for (const { file, text, size } of files) {
    const { parsed, problems: parseProblems } = parseFile(file, text, size);
    problems.push(...parseProblems);
    if (!parsed || parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
      // Nothing of this file can be known, so no reference anywhere can be called unknown.
      for (const section of SECTIONS) unread.sections.add(section);
      if (parsed) {
        problems.push({
          file,
          path: "(root)",
          ...parsed.locate([]),
          message:
            parsed.data == null
              ? "the file is empty: a dataset file is a mapping of sections (sources, topics, parties, agreements, …)"
              : `a dataset file must be a mapping of sections (sources, topics, parties, agreements, …), not ${describe(parsed.data)}`,
        });
      }
      continue;
    }
    const result = datasetFileSchema.safeParse(parsed.data);
    if (result.success) mergeFile(dataset, result.data, parsed, origins);
    else {
      problems.push(...zodProblems(parsed, result.error));
      mergeReadable(dataset, parsed, origins, unread);
    }
  }
  // The cross-record checks also run when some records failed the schema, so one pass reports both kinds.
  problems.push(...checkDataset(dataset, origins, unread, files[0]!.file));
  if (problems.length > 0) return { ok: false, problems };
  dataset.title ||= "Untitled dataset";
  return { ok: true, dataset, problems: [] };
}

function mergeFile(dataset: Dataset, data: DatasetFile, parsed: ParsedFile, origins: Map<object, Origin>) {
  if (data.title && !dataset.title) dataset.title = data.title;
  if (data.description && !dataset.description) dataset.description = data.description;
  for (const section of SECTIONS) {
    const records = (data[section] ?? []) as object[];
    records.forEach((record, index) => {
      origins.set(record, { parsed, path: [section, index] });
      (dataset[section] as object[]).push(record);
    });
  }
}

/** Merge the records of a file that failed the schema which pass it on their own; note what stays unread. */
function mergeReadable(dataset: Dataset, parsed: ParsedFile, origins: Map<object, Origin>, unread: Unread) {
  const data = parsed.data as Record<string, unknown>;
  for (const section of SECTIONS) {
    const records = Object.hasOwn(data, section) ? data[section] : undefined;
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      unread.sections.add(section);
      continue;
    }
    records.forEach((raw: unknown, index) => {
      const result = RECORD_SCHEMAS[section].safeParse(raw);
      if (result.success) {
        origins.set(result.data as object, { parsed, path: [section, index] });
        (dataset[section] as unknown[]).push(result.data);
        return;
      }
      const id = valueAt(raw, ["id"]);
      if (typeof id !== "string") unread.sections.add(section);
      else {
        const ids = unread.ids.get(section) ?? new Set<string>();
        ids.add(id);
        unread.ids.set(section, ids);
      }
    });
  }
}

/** Ids a reference may name: those of merged records, and any the checks cannot rule out (see Unread). */
interface Known {
  has(id: string): boolean;
}

/** Cross-record checks: unique ids, known references, dates in order, topic tree without cycles. */
function checkDataset(
  dataset: Dataset,
  origins: Map<object, Origin>,
  unread: Unread,
  firstFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const at = (record: object, rest: PathKey[], message: string) => {
    const origin = origins.get(record);
    if (!origin) {
      problems.push({ file: "(dataset)", path: formatPath(rest), message });
      return;
    }
    const path = [...origin.path, ...rest];
    problems.push({
      file: origin.parsed.file,
      path: formatPath(path),
      ...origin.parsed.locate(path),
      message,
    });
  };

  const index = <T extends { id: string }>(section: Section, records: T[]) => {
    const byId = new Map<string, T>();
    for (const record of records) {
      const first = byId.get(record.id);
      if (first) {
        const o = origins.get(first);
        const where = o ? `in ${o.parsed.file} at ${formatPath(o.path)}` : `in ${section}`;
        at(record, ["id"], `duplicate id "${record.id}" (first defined ${where})`);
      } else byId.set(record.id, record);
    }
    return byId;
  };
  const known = (section: Section, byId: ReadonlyMap<string, unknown>): Known => ({
    has: (id) => byId.has(id) || unread.sections.has(section) || unread.ids.get(section)?.has(id) === true,
  });
  const sourceIds = known("sources", index("sources", dataset.sources));
  const topics = index("topics", dataset.topics);
  const topicIds = known("topics", topics);
  const parties = known("parties", index("parties", dataset.parties));
  const agreements = index("agreements", dataset.agreements);
  const agreementIds = known("agreements", agreements);
  index("policies", dataset.policies);
  index("incidents", dataset.incidents);
  index("discrepancies", dataset.discrepancies);

  const refs = (
    record: object,
    field: string,
    ids: readonly string[] | undefined,
    known: Known,
    what: string,
  ) => {
    ids?.forEach((ref, i) => {
      if (!known.has(ref)) at(record, [field, i], `unknown ${what} "${ref}"`);
    });
  };
  const ref = (record: object, field: string, value: string | undefined, known: Known, what: string) => {
    if (value !== undefined && !known.has(value)) at(record, [field], `unknown ${what} "${value}"`);
  };
  const ordered = (
    record: object,
    field: string,
    earlier: string,
    later: string | undefined,
    what: string,
  ) => {
    if (later !== undefined && compareDays(toDay(later), toDay(earlier)) < 0) {
      at(record, [field], `${what} ${later} is before ${earlier}`);
    }
  };

  // Topics: one root "any", every other topic under a known parent, no cycles.
  if (!topicIds.has("any")) {
    const first = dataset.topics[0] && origins.get(dataset.topics[0]);
    problems.push({
      file: first ? first.parsed.file : firstFile,
      path: "topics",
      ...first?.parsed.locate(["topics"]),
      message: 'the topic tree must have its root "any"',
    });
  }
  const inCycle = new Set<string>();
  for (const topic of dataset.topics) {
    if (topic.id === "any" && topic.parent)
      at(topic, ["parent"], 'the root topic "any" cannot have a parent');
    if (topic.id !== "any" && !topic.parent)
      at(topic, ["parent"], `topic "${topic.id}" needs a parent (the root is "any")`);
    ref(topic, "parent", topic.parent, topicIds, "topic");
    // A cycle is reported once, at its first member; a topic that merely leads into it is not a member.
    if (inCycle.has(topic.id)) continue;
    const chain = [topic.id];
    for (let p = topic.parent; p && !chain.includes(p); p = topics.get(p)?.parent) chain.push(p);
    const last = chain[chain.length - 1]!;
    if (topics.get(last)?.parent === topic.id) {
      for (const member of chain) inCycle.add(member);
      at(topic, ["parent"], `topic cycle: ${[...chain, topic.id].join(" > ")}`);
    }
  }

  for (const party of dataset.parties) {
    refs(party, "sources", party.sources, sourceIds, "source");
    ref(party, "seat", party.seat, parties, "party");
  }

  // Timeline events are located through their agreement; register them so `at` finds them.
  for (const agreement of dataset.agreements) {
    const origin = origins.get(agreement);
    if (!origin) continue;
    agreement.timeline.forEach((event, i) => {
      origins.set(event, { parsed: origin.parsed, path: [...origin.path, "timeline", i] });
    });
  }

  for (const agreement of dataset.agreements) {
    refs(agreement, "parties", agreement.parties, parties, "party");
    refs(agreement, "scope", agreement.scope, topicIds, "topic");
    refs(agreement, "sources", agreement.sources, sourceIds, "source");
    const members = new Set<string>();
    agreement.parties.forEach((p, i) => {
      if (members.has(p)) at(agreement, ["parties", i], `party "${p}" is listed twice`);
      members.add(p);
    });
    if (agreement.shape === "bilateral" && agreement.parties.length !== 2) {
      at(
        agreement,
        ["parties"],
        `a bilateral agreement has exactly two parties, not ${agreement.parties.length}`,
      );
    }
    if (agreement.shape === "hub-and-spoke" && !agreement.hub) {
      at(agreement, ["hub"], "a hub-and-spoke agreement must name its hub");
    }
    if (agreement.hub && !members.has(agreement.hub)) {
      at(agreement, ["hub"], `hub "${agreement.hub}" is not a party to the agreement`);
    }
    if (agreement.relay && !agreement.hub) at(agreement, ["relay"], "only a hub can relay: name the hub");
    agreement.timeline.forEach((event, i) => {
      refs(event, "sources", event.sources, sourceIds, "source");
      event.parties?.forEach((p, j) => {
        if (!members.has(p))
          at(agreement, ["timeline", i, "parties", j], `"${p}" is not a party to the agreement`);
      });
      if (event.type === "termination-notified" && !event.effective) {
        at(agreement, ["timeline", i], "a termination notice needs the date it takes effect (effective)");
      }
      if (event.effective !== undefined && event.type !== "termination-notified") {
        at(agreement, ["timeline", i, "effective"], "only a termination notice has an effective date");
      }
    });
    for (const p of checkTimelineDates(agreement)) at(agreement, p.path, p.message);
  }
  for (const policy of dataset.policies) {
    ref(policy, "party", policy.party, parties, "party");
    ref(policy, "receiver", policy.receiver, parties, "party");
    ref(policy, "agreement", policy.agreement, agreementIds, "agreement");
    refs(policy, "allow", policy.allow, topicIds, "topic");
    refs(policy, "deny", policy.deny, topicIds, "topic");
    refs(policy, "sources", policy.sources, sourceIds, "source");
    if (policy.allow && policy.deny) {
      at(policy, ["deny"], "a policy lists either the topics it allows or those it denies, not both");
    } else if (!policy.allow && !policy.deny) {
      at(policy, [], "a policy must list the topics it allows (allow) or those it denies (deny)");
    }
    if (policy.party === policy.receiver)
      at(policy, ["receiver"], "a policy's receiver must differ from its party");
    ordered(policy, "to", policy.from, policy.to, "end date");
    const agreement = policy.agreement ? agreements.get(policy.agreement) : undefined;
    for (const field of ["party", "receiver"] as const) {
      if (agreement && !agreement.parties.includes(policy[field])) {
        at(policy, [field], `"${policy[field]}" is not a party to agreement "${agreement.id}"`);
      }
    }
  }

  for (const incident of dataset.incidents) {
    refs(incident, "parties", incident.parties, parties, "party");
    refs(incident, "sources", incident.sources, sourceIds, "source");
  }
  for (const discrepancy of dataset.discrepancies) {
    refs(discrepancy, "sources", discrepancy.sources, sourceIds, "source");
  }
  for (const p of checkCoverage(dataset.coverage ?? [], parties, sourceIds)) at(p.record, p.path, p.message);
  return problems;
}
