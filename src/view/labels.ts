// How codes read in the explorer: party and topic lists for the route finder; event, status, window, route-code and
// route-shape words.
// Names of parties, topics, agreements and kinds are the core's (src/model/names.ts).

import {
  type AgreementStatus,
  agreementName,
  type EventType,
  type Model,
  partyLabel,
  topicName,
} from "../model";
import type { ConditionCode, ReasonCode, WarningCode } from "../routing";

/** A scenario id (agreement or party) as a person reads it. */
export function scenarioLabel(model: Model, id: string): string {
  return model.agreements.has(id) ? agreementName(model, id) : partyLabel(model, id);
}

/** A label folded for sorting: accents dropped (Côte before Cuba) and case ignored, then compared as code units. */
function sortKey(label: string): string {
  return label.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Parties sorted by the name people read, for the From and To lists: accent- and case-blind, ties by the label.
 * Not `localeCompare`: its first call starts the locale's collator, about 0.1 s of the explorer's first paint.
 */
export function partyOptions(model: Model): { id: string; label: string }[] {
  return [...model.parties.keys()]
    .map((id) => {
      const label = partyLabel(model, id);
      return { id, label, key: sortKey(label) };
    })
    .sort((a, b) => byCodeUnits(a.key, b.key) || byCodeUnits(a.label, b.label))
    .map(({ id, label }) => ({ id, label }));
}

/** Code-unit order of two strings, as a comparator result (negative, 0, positive). */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The topic tree depth first from its root, each topic with its depth (root 0); orphans come last at depth 0. */
export function topicTree(model: Model): { id: string; name: string; depth: number }[] {
  const children = new Map<string | undefined, string[]>();
  for (const topic of model.topics.values()) {
    const list = children.get(topic.parent) ?? [];
    list.push(topic.id);
    children.set(topic.parent, list);
  }
  const out: { id: string; name: string; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, name: topicName(model, id), depth });
    for (const child of children.get(id) ?? []) walk(child, depth + 1);
  };
  for (const root of children.get(undefined) ?? []) walk(root, 0);
  for (const id of model.topics.keys()) walk(id, 0);
  return out;
}

const EVENT_WORDS: Record<EventType, string> = {
  proposed: "Proposed",
  postponed: "Postponed",
  signed: "Signed",
  "in-force": "In force",
  renewed: "Renewed",
  "termination-notified": "Termination notified",
  "termination-suspended": "Termination suspended",
  terminated: "Terminated",
  restored: "Restored",
};
export function eventWords(type: EventType): string {
  return EVENT_WORDS[type];
}

const STATUS_WORDS: Record<AgreementStatus, string> = {
  "not-yet": "Not yet in force",
  "in-force": "In force",
  "termination-pending": "In force, termination pending",
  conditional: "In force, termination suspended (conditional)",
  ended: "No longer in force",
  restored: "In force again (restored)",
};
/** How an agreement's status on a date reads in a panel: "In force, termination pending". */
export function statusWords(status: AgreementStatus): string {
  return STATUS_WORDS[status];
}

/** "legally binding", "non-binding", "legal nature unknown". */
export function natureWords(nature: "binding" | "non-binding" | "unknown"): string {
  return nature === "binding"
    ? "legally binding"
    : nature === "non-binding"
      ? "non-binding"
      : "legal nature unknown";
}

/** "2016-11-23 – 2019-08-22", with open ends as "…". */
export function windowWords(from: string | null, to: string | null): string {
  if (from === null && to === null) return "at all dates";
  return `${from ?? "…"} – ${to ?? "…"}`;
}

const CODE_WORDS: Record<ConditionCode | WarningCode | ReasonCode, string> = {
  "originator-approval": "Originator's approval",
  "ad-hoc-consent": "Ad-hoc consent",
  "non-binding": "Non-binding",
  "termination-pending": "Termination pending",
  "conditional-status": "Termination suspended",
  "reported-policy": "Reported policy limit",
  "unconfirmed-source": "Unconfirmed source",
  "approximate-date": "Date known by month",
  "not-in-force": "Not in force",
  "out-of-scope": "Topic not covered",
  "policy-restriction": "Held back by policy",
  "disabled-by-scenario": "Switched off in scenario",
  "third-party-rule": "Third-party rule",
};
/** A condition, warning or reason code in plain words: "third-party-rule" reads "Third-party rule". */
export function codeWords(code: ConditionCode | WarningCode | ReasonCode): string {
  return CODE_WORDS[code];
}

const NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six"];
/** Routes of a length, as a group names them: "direct routes", "three-hop relays", "a two-hop relay". */
export function shapeWords(hops: number, count: number): string {
  const many = count !== 1;
  if (hops === 1) return many ? "direct routes" : "direct route";
  const n = NUMBER_WORDS[hops] ?? String(hops);
  return many ? `${n}-hop relays` : `${n}-hop relay`;
}
