// Seeded synthetic worlds for property tests, benchmarks and scale checks of the explorer: valid datasets of any size with every agreement shape
// and kind, eventful timelines (terminations, suspensions, accessions, month-only dates, unconfirmed events) and policies.
import {
  type AgreementEvent,
  type AgreementKind,
  addDays,
  type Certainty,
  type Dataset,
  type Day,
  LiaisonError,
  type Party,
  type Policy,
  type Source,
  seededRandom,
  type Topic,
} from "../../src/model";

export interface SyntheticWorldOptions {
  parties: number;
  agreements: number;
  seed: number;
}

const KINDS: AgreementKind[] = [
  "security-agreement",
  "arrangement",
  "technical-mechanism",
  "multilateral-agreement",
  "forum",
];
const SHAPES = ["bilateral", "all-to-all", "hub-and-spoke"] as const;

const TOPICS: Topic[] = [
  { id: "any", name: "Any topic" },
  { id: "north-korea", name: "North Korea", parent: "any" },
  { id: "nk-nuclear", name: "North Korea's nuclear programme", parent: "north-korea" },
  { id: "nk-missile", name: "North Korea's missile programme", parent: "north-korea" },
  { id: "china-military", name: "Chinese military activity", parent: "any" },
  { id: "pla-navy", name: "PLA naval activity", parent: "china-military" },
  { id: "general-military", name: "General military information", parent: "any" },
  { id: "terrorism", name: "Terrorism", parent: "any" },
  { id: "terror-finance", name: "Terrorist finance", parent: "terrorism" },
];

const STATUSES: Source["status"][] = [
  "confirmed",
  "confirmed",
  "reported",
  "confirmed",
  "unconfirmed",
  "confirmed",
];

function makeSources(): Source[] {
  return STATUSES.map((status, i) => ({
    id: `s${i + 1}`,
    publisher: `Synthetic publisher ${i + 1}`,
    title: `Synthetic source ${i + 1}`,
    url: `https://example.org/synthetic/${i + 1}`,
    quote: "A synthetic quote.",
    grade: (["A", "B", "C"] as const)[i % 3]!,
    fact: `G-${String(i + 1).padStart(2, "0")}`,
    status,
  }));
}

/**
 * A deterministic synthetic dataset: `parties` parties (P0001…, a few organisations), `agreements` agreements among
 * them (mostly bilateral; some all-to-all and hub-and-spoke, some hubs relaying), about one policy per ten
 * agreements, and a fixed topic tree rooted at `any` that includes the default dataset's topic ids. Some parties
 * take part in many more agreements than others, as large powers do. The same options give the same world.
 * Throws LiaisonError "usage" for fewer than 2 parties or a negative or fractional count.
 */
export function syntheticWorld({
  parties: partyCount,
  agreements: agreementCount,
  seed,
}: SyntheticWorldOptions): Dataset {
  if (!Number.isInteger(partyCount) || partyCount < 2) {
    throw new LiaisonError(
      "syntheticWorld",
      `parties must be a whole number of at least 2, not ${partyCount}`,
    );
  }
  if (!Number.isInteger(agreementCount) || agreementCount < 0) {
    throw new LiaisonError(
      "syntheticWorld",
      `agreements must be a whole number of at least 0, not ${agreementCount}`,
    );
  }
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => rnd() < p;
  const sources = makeSources();
  const sourceIds = sources.map((s) => s.id);
  const cite = () => [pick(sourceIds)];

  const width = Math.max(4, String(partyCount).length);
  const parties: Party[] = [];
  for (let i = 1; i <= partyCount; i++) {
    const id = `P${String(i).padStart(width, "0")}`;
    const organisation = i > 2 && chance(0.05);
    parties.push({
      id,
      kind: organisation ? "organisation" : "state",
      name: organisation ? `Organisation ${i}` : `State ${i}`,
      ...(organisation ? { seat: parties[0]!.id } : {}),
      sources: cite(),
    });
  }
  const majors = Math.max(2, Math.round(partyCount * 0.05));
  const pickParty = () => parties[chance(0.15) ? int(majors) : int(partyCount)]!.id;
  const distinctParties = (n: number) => {
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(pickParty());
    return [...chosen];
  };
  const topicIds = TOPICS.filter((t) => t.id !== "any").map((t) => t.id);
  const someTopics = () => [...new Set([pick(topicIds), ...(chance(0.3) ? [pick(topicIds)] : [])])];
  const certainty = (): Certainty => {
    const r = rnd();
    return r < 0.08 ? "unconfirmed" : r < 0.11 ? "disputed" : r < 0.2 ? "reported" : "confirmed";
  };

  const agreements: Dataset["agreements"] = [];
  for (let i = 0; i < agreementCount; i++) {
    let shape: (typeof SHAPES)[number] =
      i < SHAPES.length
        ? SHAPES[i]!
        : chance(0.7)
          ? "bilateral"
          : chance(0.5)
            ? "all-to-all"
            : "hub-and-spoke";
    if (partyCount < 3) shape = "bilateral";
    const members = distinctParties(shape === "bilateral" ? 2 : Math.min(partyCount, 3 + int(3)));
    const kind = i < KINDS.length ? KINDS[i]! : pick(KINDS);
    const legalNature = chance(0.05)
      ? "unknown"
      : kind === "arrangement" || kind === "forum"
        ? "non-binding"
        : "binding";
    const hub = shape === "hub-and-spoke" ? members[0]! : undefined;
    const relay =
      hub !== undefined && chance(0.7)
        ? { condition: chance(0.7) ? ("originator-approval" as const) : ("none" as const) }
        : undefined;
    agreements.push({
      id: `a${i + 1}`,
      name: `Agreement ${i + 1}`,
      kind,
      legalNature,
      shape,
      parties: members,
      ...(hub !== undefined ? { hub } : {}),
      ...(relay ? { relay } : {}),
      scope: chance(0.5) ? ["any"] : someTopics(),
      timeline: timeline(members, shape !== "bilateral"),
      sources: cite(),
    });
  }

  function timeline(members: readonly string[], multilateral: boolean): AgreementEvent[] {
    const events: AgreementEvent[] = [];
    let day: Day = addDays("1950-01-01", int(60 * 365));
    const later = (max: number) => {
      day = addDays(day, 1 + int(max));
      return day;
    };
    const rough = (d: Day) => (chance(0.1) ? d.slice(0, 7) : d);
    const add = (type: AgreementEvent["type"], date: string, extra: Partial<AgreementEvent> = {}) =>
      events.push({ type, date, certainty: certainty(), sources: cite(), ...extra });
    if (chance(0.3)) add("proposed", rough(later(700)));
    if (chance(0.1)) add("postponed", rough(later(400)));
    add("signed", rough(later(700)));
    if (chance(0.1)) return events;
    add("in-force", rough(chance(0.5) ? day : later(400)));
    if (multilateral && chance(0.2))
      add("in-force", rough(later(2000)), { parties: [members[members.length - 1]!] });
    if (chance(0.3)) add("renewed", rough(later(1500)));
    if (chance(0.25)) {
      const notice = later(3000);
      const effective = addDays(notice, 90);
      add("termination-notified", notice, { effective });
      if (chance(0.4)) {
        add("termination-suspended", later(80));
        if (chance(0.3)) add("restored", later(1500));
      }
    } else if (chance(0.15)) {
      add("terminated", rough(later(3000)));
    }
    return events;
  }

  const policies: Policy[] = [];
  const policyCount = agreementCount === 0 ? 0 : Math.max(1, Math.round(agreementCount / 10));
  for (let i = 0; i < policyCount; i++) {
    const agreement = pick(agreements);
    const party = pick(agreement.parties);
    const receiver = pick(agreement.parties.filter((p) => p !== party));
    const from = addDays("1960-01-01", int(60 * 365));
    policies.push({
      id: `policy-${i + 1}`,
      party,
      receiver,
      ...(chance(0.7) ? { agreement: agreement.id } : {}),
      ...(chance(0.6) ? { allow: someTopics() } : { deny: someTopics() }),
      from,
      ...(chance(0.6) ? { to: addDays(from, 1 + int(3000)) } : {}),
      status: chance(0.5) ? "official" : "reported",
      sources: cite(),
    });
  }

  return {
    title: `Synthetic world (seed ${seed}, ${partyCount} parties, ${agreementCount} agreements)`,
    sources,
    topics: TOPICS.map((t) => ({ ...t })),
    parties,
    agreements,
    policies,
    incidents: [],
    discrepancies: [],
  };
}
