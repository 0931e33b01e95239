// The checks across records that the schema cannot make: unique ids, known references, the topic tree, agreement
// shapes and timelines in order, policies that make sense. Each problem is located through the record's origin.
import { checkCoverage } from "./coverage.ts";
import { compareDays, toDay } from "./dates.ts";
import type { Problem } from "./errors.ts";
import type { Origin, Section, Unread } from "./merge.ts";
import { formatPath, type PathKey } from "./parse.ts";
import type { Agreement, Dataset, Policy, Topic } from "./schema.ts";
import { checkTimelineDates } from "./timelineChecks.ts";

/** Ids a reference may name: those of merged records, and any the checks cannot rule out (see Unread). */
interface Known {
  has(id: string): boolean;
}

/** Where problems go, and the ids each kind of reference may name. */
interface Checker {
  /** Report `message` at the field `rest` of `record`. */
  at(record: object, rest: PathKey[], message: string): void;
  sources: Known;
  topics: Known;
  parties: Known;
  agreements: Known;
}

/** Report each id of `ids` (the list `field` of `record`) that `known` does not have. */
function refs(
  c: Checker,
  record: object,
  field: string,
  ids: readonly string[] | undefined,
  known: Known,
  what: string,
) {
  ids?.forEach((ref, i) => {
    if (!known.has(ref)) c.at(record, [field, i], `unknown ${what} "${ref}"`);
  });
}

/** Report the id in `field` of `record` when `known` does not have it. */
function ref(
  c: Checker,
  record: object,
  field: string,
  value: string | undefined,
  known: Known,
  what: string,
) {
  if (value !== undefined && !known.has(value)) c.at(record, [field], `unknown ${what} "${value}"`);
}

/** Topics: one root "any", every other topic under a known parent, no cycles (each reported once). */
function checkTopics(c: Checker, dataset: Dataset, byId: ReadonlyMap<string, Topic>) {
  const inCycle = new Set<string>();
  for (const topic of dataset.topics) {
    if (topic.id === "any" && topic.parent)
      c.at(topic, ["parent"], 'the root topic "any" cannot have a parent');
    if (topic.id !== "any" && !topic.parent)
      c.at(topic, ["parent"], `topic "${topic.id}" needs a parent (the root is "any")`);
    ref(c, topic, "parent", topic.parent, c.topics, "topic");
    // A cycle is reported once, at its first member; a topic that merely leads into it is not a member.
    if (inCycle.has(topic.id)) continue;
    const chain = [topic.id];
    for (let p = topic.parent; p && !chain.includes(p); p = byId.get(p)?.parent) chain.push(p);
    const last = chain[chain.length - 1]!;
    if (byId.get(last)?.parent === topic.id) {
      for (const member of chain) inCycle.add(member);
      c.at(topic, ["parent"], `topic cycle: ${[...chain, topic.id].join(" > ")}`);
    }
  }
}

/** An agreement's members, shape and hub, and its timeline's sources, members, order and notices. */
function checkAgreement(c: Checker, agreement: Agreement) {
  refs(c, agreement, "parties", agreement.parties, c.parties, "party");
  refs(c, agreement, "scope", agreement.scope, c.topics, "topic");
  refs(c, agreement, "sources", agreement.sources, c.sources, "source");
  const members = new Set<string>();
  agreement.parties.forEach((p, i) => {
    if (members.has(p)) c.at(agreement, ["parties", i], `party "${p}" is listed twice`);
    members.add(p);
  });
  if (agreement.shape === "bilateral" && agreement.parties.length !== 2) {
    c.at(
      agreement,
      ["parties"],
      `a bilateral agreement has exactly two parties, not ${agreement.parties.length}`,
    );
  }
  if (agreement.shape === "hub-and-spoke" && !agreement.hub) {
    c.at(agreement, ["hub"], "a hub-and-spoke agreement must name its hub");
  }
  if (agreement.hub && !members.has(agreement.hub)) {
    c.at(agreement, ["hub"], `hub "${agreement.hub}" is not a party to the agreement`);
  }
  if (agreement.relay && !agreement.hub) c.at(agreement, ["relay"], "only a hub can relay: name the hub");
  agreement.timeline.forEach((event, i) => {
    refs(c, event, "sources", event.sources, c.sources, "source");
    event.parties?.forEach((p, j) => {
      if (!members.has(p))
        c.at(agreement, ["timeline", i, "parties", j], `"${p}" is not a party to the agreement`);
    });
    if (event.type === "termination-notified" && !event.effective) {
      c.at(agreement, ["timeline", i], "a termination notice needs the date it takes effect (effective)");
    }
    if (event.effective !== undefined && event.type !== "termination-notified") {
      c.at(agreement, ["timeline", i, "effective"], "only a termination notice has an effective date");
    }
  });
  for (const p of checkTimelineDates(agreement)) c.at(agreement, p.path, p.message);
}

/** A policy's references, its allow or deny list, its dates and its parties' membership of its agreement. */
function checkPolicy(c: Checker, policy: Policy, agreements: ReadonlyMap<string, Agreement>) {
  ref(c, policy, "party", policy.party, c.parties, "party");
  ref(c, policy, "receiver", policy.receiver, c.parties, "party");
  ref(c, policy, "agreement", policy.agreement, c.agreements, "agreement");
  refs(c, policy, "allow", policy.allow, c.topics, "topic");
  refs(c, policy, "deny", policy.deny, c.topics, "topic");
  refs(c, policy, "sources", policy.sources, c.sources, "source");
  if (policy.allow && policy.deny) {
    c.at(policy, ["deny"], "a policy lists either the topics it allows or those it denies, not both");
  } else if (!policy.allow && !policy.deny) {
    c.at(policy, [], "a policy must list the topics it allows (allow) or those it denies (deny)");
  }
  if (policy.party === policy.receiver)
    c.at(policy, ["receiver"], "a policy's receiver must differ from its party");
  if (policy.to !== undefined && compareDays(toDay(policy.to), toDay(policy.from)) < 0) {
    c.at(policy, ["to"], `end date ${policy.to} is before ${policy.from}`);
  }
  const agreement = policy.agreement ? agreements.get(policy.agreement) : undefined;
  for (const field of ["party", "receiver"] as const) {
    if (agreement && !agreement.parties.includes(policy[field])) {
      c.at(policy, [field], `"${policy[field]}" is not a party to agreement "${agreement.id}"`);
    }
  }
}

/**
 * Every cross-record problem of a merged dataset, each located through `origins` (records without one are placed
 * in "(dataset)"). References to ids in `unread` are not called unknown. `firstFile` takes a problem of the whole
 * dataset (no root topic) when no topic says where the topics are.
 */
export function checkDataset(
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
  const sources = known("sources", index("sources", dataset.sources));
  const topics = index("topics", dataset.topics);
  const parties = known("parties", index("parties", dataset.parties));
  const agreements = index("agreements", dataset.agreements);
  index("policies", dataset.policies);
  index("incidents", dataset.incidents);
  index("discrepancies", dataset.discrepancies);
  const c: Checker = {
    at,
    sources,
    topics: known("topics", topics),
    parties,
    agreements: known("agreements", agreements),
  };

  if (!c.topics.has("any")) {
    const first = dataset.topics[0] && origins.get(dataset.topics[0]);
    problems.push({
      file: first ? first.parsed.file : firstFile,
      path: "topics",
      ...first?.parsed.locate(["topics"]),
      message: 'the topic tree must have its root "any"',
    });
  }
  checkTopics(c, dataset, topics);
  for (const party of dataset.parties) {
    refs(c, party, "sources", party.sources, sources, "source");
    ref(c, party, "seat", party.seat, parties, "party");
  }
  // Timeline events are located through their agreement; register them so `at` finds them.
  for (const agreement of dataset.agreements) {
    const origin = origins.get(agreement);
    if (!origin) continue;
    agreement.timeline.forEach((event, i) => {
      origins.set(event, { parsed: origin.parsed, path: [...origin.path, "timeline", i] });
    });
  }
  for (const agreement of dataset.agreements) checkAgreement(c, agreement);
  for (const policy of dataset.policies) checkPolicy(c, policy, agreements);
  for (const incident of dataset.incidents) {
    refs(c, incident, "parties", incident.parties, parties, "party");
    refs(c, incident, "sources", incident.sources, sources, "source");
  }
  for (const discrepancy of dataset.discrepancies) {
    refs(c, discrepancy, "sources", discrepancy.sources, sources, "source");
  }
  for (const p of checkCoverage(dataset.coverage ?? [], parties, sources)) c.at(p.record, p.path, p.message);
  return problems;
}
