// Shared test helpers: small datasets built in code, models from fixture files, and the CLI with captured output.
import { fileURLToPath } from "node:url";
import { loadModel } from "../../src/cli/io";
import { run } from "../../src/cli/main";
import {
  type Agreement,
  type AgreementEvent,
  buildModel,
  type Dataset,
  loadDataset,
  type Model,
  type Policy,
} from "../../src/model";
import type { Route } from "../../src/routing";

export const STORY_FIXTURE = fileURLToPath(new URL("./fixtures/story.yaml", import.meta.url));

export function modelAt(path?: string): Model {
  return loadModel(path);
}

const SOURCES: Dataset["sources"] = [
  {
    id: "s-ok",
    publisher: "P",
    title: "Confirmed",
    url: "https://example.org/ok",
    quote: "q",
    grade: "A",
    fact: "G-01",
    status: "confirmed",
  },
  {
    id: "s-weak",
    publisher: "P",
    title: "Unconfirmed",
    url: "https://example.org/weak",
    quote: "q",
    grade: "C",
    fact: "G-02",
    status: "unconfirmed",
  },
];

const TOPICS: Dataset["topics"] = [
  { id: "any", name: "Any topic" },
  { id: "north-korea", name: "North Korea", parent: "any" },
  { id: "nk-nuclear", name: "NK nuclear", parent: "north-korea" },
  { id: "nk-missile", name: "NK missiles", parent: "north-korea" },
  { id: "china-military", name: "Chinese military", parent: "any" },
];

/** An event; confirmed and citing the confirmed source unless told otherwise. */
export function ev(
  type: AgreementEvent["type"],
  date: string,
  extra: Partial<AgreementEvent> = {},
): AgreementEvent {
  return { type, date, certainty: "confirmed", sources: ["s-ok"], ...extra };
}

/** A binding bilateral agreement in force since 2000-01-01 with scope `any`, unless told otherwise. */
export function ag(id: string, parties: string[], extra: Partial<Agreement> = {}): Agreement {
  return {
    id,
    name: `Agreement ${id.toUpperCase()}`,
    kind: "security-agreement",
    legalNature: "binding",
    shape: parties.length === 2 ? "bilateral" : "all-to-all",
    parties,
    scope: ["any"],
    timeline: [ev("in-force", "2000-01-01")],
    sources: ["s-ok"],
    ...extra,
  };
}

/** A hub-and-spoke agreement whose hub (first party) relays with the originator's approval. */
export function hubAg(id: string, parties: string[], extra: Partial<Agreement> = {}): Agreement {
  return ag(id, parties, {
    kind: "arrangement",
    shape: "hub-and-spoke",
    hub: parties[0],
    relay: { condition: "originator-approval" },
    ...extra,
  });
}

export function pol(id: string, party: string, receiver: string, extra: Partial<Policy>): Policy {
  return { id, party, receiver, from: "2000-01-01", status: "official", sources: ["s-ok"], ...extra };
}

/** A model of states AA, BB, CC, DD, EE (named State A, …) and the given agreements and policies; checked by the loader first. */
export function world(
  agreements: Agreement[],
  policies: Policy[] = [],
  parties = ["AA", "BB", "CC", "DD", "EE"],
): Model {
  const dataset: Dataset = {
    title: "Unit fixture",
    sources: SOURCES,
    topics: TOPICS,
    parties: parties.map((id) => ({ id, kind: "state", name: `State ${id[0]}`, sources: ["s-ok"] })),
    agreements,
    policies,
    incidents: [],
    discrepancies: [],
  };
  const check = loadDataset([{ file: "fixture.json", text: JSON.stringify(dataset) }]);
  if (!check.ok)
    throw new Error(`bad fixture: ${check.problems.map((p) => `${p.path} ${p.message}`).join("; ")}`);
  return buildModel(check.dataset);
}

/** A route's hops as `agreement:from->to` joined by spaces: easy to compare by hand. */
export function hopsOf(route: Route): string {
  return route.hops.map((h) => `${h.agreement}:${h.from}->${h.to}`).join(" ");
}

export function codes<T extends { code: string }>(list: readonly T[]): string[] {
  return list.map((x) => x.code);
}

/** Run the CLI, capturing stdout and stderr. */
export function cli(args: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err };
}
