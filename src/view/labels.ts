// How ids and codes read for people: country names with codes, agreement names, topic tree, event words.
import type { AgreementKind, AgreementStatus, EventType, Model } from "../model";

/** A party's short name (or name); the bare id when the dataset does not know it. */
export function partyName(model: Model, id: string): string {
  const party = model.parties.get(id);
  return party ? (party.shortName ?? party.name) : id;
}

/** "Japan (JPN)"; the bare id when unknown. */
export function partyLabel(model: Model, id: string): string {
  const party = model.parties.get(id);
  return party ? `${party.shortName ?? party.name} (${id})` : id;
}

/** An agreement's common name; the bare id when unknown. */
export function agreementName(model: Model, id: string): string {
  return model.agreements.get(id)?.name ?? id;
}

/** A scenario id (agreement or party) as a person reads it. */
export function scenarioLabel(model: Model, id: string): string {
  return model.agreements.has(id) ? agreementName(model, id) : partyLabel(model, id);
}

export function topicName(model: Model, id: string): string {
  return model.topics.get(id)?.name ?? id;
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

const KIND_WORDS: Record<AgreementKind, string> = {
  "security-agreement": "Security-of-information agreement",
  arrangement: "Arrangement",
  "technical-mechanism": "Technical mechanism",
  "multilateral-agreement": "Multilateral agreement",
  forum: "Forum",
};
export function kindWords(kind: AgreementKind): string {
  return KIND_WORDS[kind];
}

const STATUS_WORDS: Record<AgreementStatus, string> = {
  "not-yet": "Not yet in force",
  "in-force": "In force",
  "termination-pending": "In force, termination pending",
  conditional: "In force, termination suspended (conditional)",
  ended: "No longer in force",
  restored: "In force again (restored)",
};
/** Accepts the route engine's status strings too; an unknown one is shown as it is. */
export function statusWords(status: string): string {
  return STATUS_WORDS[status as AgreementStatus] ?? status;
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
