// Load a dataset from its files: parse, check against the schema, merge, and check references and dates.
import type { z } from "zod";
import { compareDays, lastDayOf, toDay } from "./dates";
import type { Problem } from "./errors";
import { formatPath, type ParsedFile, type PathKey, parseFile } from "./parse";
import { type Dataset, type DatasetFile, datasetFileSchema } from "./schema";

/** A dataset file as text, named as the user knows it (a path, or a name in the import dialog). */
export interface DatasetSource {
  file: string;
  text: string;
  /** Size in bytes when the caller knows it without reading the text (an unread oversize file). */
  size?: number;
}

export type LoadResult = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

const SECTIONS = ["sources", "topics", "parties", "agreements", "policies", "incidents", "discrepancies"] as const;
type Section = (typeof SECTIONS)[number];

/** Where a merged record came from, so that problems found after merging still name file and line. */
interface Origin {
  parsed: ParsedFile;
  path: PathKey[];
}

function zodProblems(parsed: ParsedFile, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
        : issue.message;
    const located = issue.code === "unrecognized_keys" ? [...path, issue.keys[0] as string] : path;
    return { file: parsed.file, path: formatPath(path), ...parsed.locate(located), message };
  });
}

/**
 * Load a dataset from one or more files. Every problem is collected, none stops the others from being found.
 * An empty list of files is a problem, not an exception.
 */
export function loadDataset(files: readonly DatasetSource[]): LoadResult {
  const problems: Problem[] = [];
  if (files.length === 0) {
    return { ok: false, problems: [{ file: "(dataset)", path: "(root)", message: "no dataset files given" }] };
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
  };
  const origins = new Map<object, Origin>();
  for (const { file, text, size } of files) {
    const { parsed, problems: parseProblems } = parseFile(file, text, size);
    problems.push(...parseProblems);
    if (!parsed) continue;
    if (parsed.data === null || typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
      problems.push({
        file,
        path: "(root)",
        ...parsed.locate([]),
        message: "a dataset file must be a mapping of sections (sources, topics, parties, agreements, …)",
      });
      continue;
    }
    const result = datasetFileSchema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...zodProblems(parsed, result.error));
      continue;
    }
    mergeFile(dataset, result.data, parsed, origins);
  }
  if (problems.length > 0) return { ok: false, problems };
  problems.push(...checkDataset(dataset, origins));
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

/** Cross-record checks: unique ids, known references, dates in order, topic tree without cycles. */
function checkDataset(dataset: Dataset, origins: Map<object, Origin>): Problem[] {
  const problems: Problem[] = [];
  const at = (record: object, rest: PathKey[], message: string) => {
    const origin = origins.get(record);
    if (!origin) {
      problems.push({ file: "(dataset)", path: formatPath(rest), message });
      return;
    }
    const path = [...origin.path, ...rest];
    problems.push({ file: origin.parsed.file, path: formatPath(path), ...origin.parsed.locate(path), message });
  };

  const index = <T extends { id: string }>(section: Section, records: T[]) => {
    const byId = new Map<string, T>();
    for (const record of records) {
      const first = byId.get(record.id);
      if (first) {
        const o = origins.get(first);
        at(record, ["id"], `duplicate id "${record.id}" (first defined at ${o ? `${o.parsed.file} ${formatPath(o.path)}` : section})`);
      } else byId.set(record.id, record);
    }
    return byId;
  };
  const sources = index("sources", dataset.sources);
  const topics = index("topics", dataset.topics);
  const parties = index("parties", dataset.parties);
  const agreements = index("agreements", dataset.agreements);
  index("policies", dataset.policies);
  index("incidents", dataset.incidents);
  index("discrepancies", dataset.discrepancies);

  const refs = (record: object, field: string, ids: readonly string[] | undefined, known: Map<string, unknown>, what: string) => {
    ids?.forEach((ref, i) => {
      if (!known.has(ref)) at(record, [field, i], `unknown ${what} "${ref}"`);
    });
  };
  const ref = (record: object, field: string, value: string | undefined, known: Map<string, unknown>, what: string) => {
    if (value !== undefined && !known.has(value)) at(record, [field], `unknown ${what} "${value}"`);
  };
  const ordered = (record: object, field: string, earlier: string, later: string | undefined, what: string) => {
    if (later !== undefined && compareDays(toDay(later), toDay(earlier)) < 0) {
      at(record, [field], `${what} ${later} is before ${earlier}`);
    }
  };

  // Topics: one root "any", every other topic under a known parent, no cycles.
  if (!topics.has("any")) {
    problems.push({ file: "(dataset)", path: "topics", message: 'the topic tree must have its root "any"' });
  }
  for (const topic of dataset.topics) {
    if (topic.id === "any" && topic.parent) at(topic, ["parent"], 'the root topic "any" cannot have a parent');
    if (topic.id !== "any" && !topic.parent) at(topic, ["parent"], `topic "${topic.id}" needs a parent (the root is "any")`);
    ref(topic, "parent", topic.parent, topics, "topic");
    const seen = new Set([topic.id]);
    for (let p = topic.parent; p; p = topics.get(p)?.parent) {
      if (seen.has(p)) {
        at(topic, ["parent"], `topic cycle: ${[...seen, p].join(" > ")}`);
        break;
      }
      seen.add(p);
    }
  }

  for (const party of dataset.parties) {
    refs(party, "sources", party.sources, sources, "source");
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
    refs(agreement, "scope", agreement.scope, topics, "topic");
    refs(agreement, "sources", agreement.sources, sources, "source");
    const members = new Set<string>();
    agreement.parties.forEach((p, i) => {
      if (members.has(p)) at(agreement, ["parties", i], `party "${p}" is listed twice`);
      members.add(p);
    });
    if (agreement.shape === "bilateral" && agreement.parties.length !== 2) {
      at(agreement, ["parties"], `a bilateral agreement has exactly two parties, not ${agreement.parties.length}`);
    }
    if (agreement.shape === "hub-and-spoke" && !agreement.hub) {
      at(agreement, ["hub"], "a hub-and-spoke agreement must name its hub");
    }
    if (agreement.hub && !members.has(agreement.hub)) {
      at(agreement, ["hub"], `hub "${agreement.hub}" is not a party to the agreement`);
    }
    if (agreement.relay && !agreement.hub) at(agreement, ["relay"], "only a hub can relay: name the hub");
    let previous: string | undefined;
    agreement.timeline.forEach((event, i) => {
      refs(event, "sources", event.sources, sources, "source");
      event.parties?.forEach((p, j) => {
        if (!members.has(p)) at(agreement, ["timeline", i, "parties", j], `"${p}" is not a party to the agreement`);
      });
      // A month or year may hold the day before it (signed 2015-12-12, in force 2015-12): compare its last day.
      if (previous !== undefined && compareDays(lastDayOf(event.date), toDay(previous)) < 0) {
        at(agreement, ["timeline", i, "date"], `timeline out of order: ${event.date} comes after ${previous}`);
      }
      previous = event.date;
      if (event.type === "termination-notified" && !event.effective) {
        at(agreement, ["timeline", i], "a termination notice needs the date it takes effect (effective)");
      }
      if (event.effective !== undefined) {
        if (event.type !== "termination-notified") {
          at(agreement, ["timeline", i, "effective"], "only a termination notice has an effective date");
        } else if (compareDays(toDay(event.effective), toDay(event.date)) <= 0) {
          at(agreement, ["timeline", i, "effective"], `termination takes effect ${event.effective}, not after its notice ${event.date}`);
        }
      }
    });
  }
  for (const policy of dataset.policies) {
    ref(policy, "party", policy.party, parties, "party");
    ref(policy, "receiver", policy.receiver, parties, "party");
    ref(policy, "agreement", policy.agreement, agreements, "agreement");
    refs(policy, "allow", policy.allow, topics, "topic");
    refs(policy, "deny", policy.deny, topics, "topic");
    refs(policy, "sources", policy.sources, sources, "source");
    if (!policy.allow === !policy.deny) at(policy, [], "a policy lists either the topics it allows or those it denies");
    if (policy.party === policy.receiver) at(policy, ["receiver"], "a policy's receiver must differ from its party");
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
    refs(incident, "sources", incident.sources, sources, "source");
  }
  for (const discrepancy of dataset.discrepancies) {
    refs(discrepancy, "sources", discrepancy.sources, sources, "source");
  }
  return problems;
}
