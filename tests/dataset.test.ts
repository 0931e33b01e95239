// The built-in dataset in graph-data/: valid, and every record traceable to the sourced fact sheet research/facts.md.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Dataset, loadDataset, type Source, statusOn } from "../src/model";

const DATA_DIR = new URL("../graph-data/", import.meta.url);
const FACT_SHEET = new URL("../research/facts.md", import.meta.url);

function loadDefaultDataset() {
  const files = readdirSync(DATA_DIR)
    .filter((f) => /\.ya?ml$/i.test(f) && !/\.schema\.json$/i.test(f))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(new URL(f, DATA_DIR), "utf8") }));
  return { files, result: loadDataset(files) };
}

const sheet = readFileSync(FACT_SHEET, "utf8");
const { files, result } = loadDefaultDataset();
const dataset: Dataset = result.ok ? result.dataset : (undefined as never);

/** Fact ids that head an entry of the sheet: `**G-06: …**`, `**P-01: …**`, `- **D-01: …**`. */
const headings = new Set([...sheet.matchAll(/\*\*([A-Z]-\d{2}[a-z]?):/g)].map((m) => m[1]!));
/** Fact ids that only appear as rows of the seed-claims table (`| S-04 |`). */
const tableIds = new Set([...sheet.matchAll(/^\| ([A-Z]-\d{2}) \|/gm)].map((m) => m[1]!));

/** The text of the sheet's entry for a fact id: from its heading to the next heading or section break. */
function factBlock(fact: string): string {
  const start = sheet.indexOf(`**${fact}:`);
  if (start < 0) return "";
  const rest = sheet.slice(start + 2);
  const end = rest.search(/\*\*[A-Z]-\d{2}[a-z]?:|\n## |\n---/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** True when every fragment of the quote between `…` omissions occurs verbatim in the sheet. */
function quoteInSheet(quote: string): boolean {
  const fragments = quote
    .split("…")
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
  return fragments.length > 0 && fragments.every((f) => sheet.includes(f));
}

/** The words of a title: split at white space, lower-cased, letters and digits only. */
const alnumWords = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter((w) => w.length > 0);

/**
 * True when the title's words occur in order in the URL path, each word being one or more adjacent path tokens run
 * together (so "intel-sharing" matches the slug token "intelsharing" and "U.S." matches "u-s").
 */
function titleInUrlPath(title: string, url: string): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  const tokens = path
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  const words = alnumWords(title);
  let next = 0;
  for (const word of words) {
    let found = -1;
    for (let i = next; i < tokens.length && found < 0; i++) {
      let joined = "";
      for (let j = i; j < tokens.length && joined.length < word.length; j++) {
        joined += tokens[j];
        if (joined === word) found = j + 1;
      }
    }
    if (found < 0) return false;
    next = found;
  }
  return words.length > 0;
}

/** A title we can vouch for: given verbatim by the sheet, a bracketed description, or the URL slug in words. */
const titleVouched = (title: string, url: string): boolean =>
  sheet.includes(title) || /^\[[^\]]+\]$/.test(title) || titleInUrlPath(title, url);

const sourceById = (id: string): Source | undefined => dataset.sources.find((s) => s.id === id);
const citesSheetFact = (ids: readonly string[]) => ids.some((id) => headings.has(sourceById(id)?.fact ?? ""));

describe("default dataset", () => {
  it("loads from graph-data/ without problems", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("finds the fact headings of the sheet (guards the checks below)", () => {
    for (const id of [
      "G-06",
      "G-22",
      "T-01",
      "B-02",
      "J-00",
      "F-08",
      "M-04",
      "R-05",
      "P-01",
      "P-02",
      "D-01",
      "D-16",
    ]) {
      expect(headings, id).toContain(id);
    }
    expect(tableIds).toContain("S-04");
    expect(headings).not.toContain("G-99");
  });

  it("matches quotes only when every fragment is in the sheet", () => {
    expect(quoteInSheet("which entered into force on the same day.")).toBe(true);
    expect(
      quoteInSheet("shall not release the CMI to any government … without the prior written approval"),
    ).toBe(true);
    expect(quoteInSheet("which entered into force on the next day.")).toBe(false);
    expect(quoteInSheet("shall not release the CMI … with the approval of Washington")).toBe(false);
    expect(quoteInSheet("…")).toBe(false);
  });

  it("gives every source a fact id, though other datasets may leave it out", () => {
    const without = dataset.sources.filter((s) => s.fact === undefined).map((s) => s.id);
    expect(without).toEqual([]);
    // A dataset of one's own, citing a source of its own and none of the sheet's fact ids, loads as it is.
    const own = [
      "sources:",
      "  - { id: own-note, publisher: Our desk, title: Notes, url: https://example.org/n, quote: as noted,",
      "      grade: C, status: reported }",
      "topics: [{ id: any, name: Any topic }]",
      "parties:",
      "  - { id: AAA, kind: state, name: A, sources: [own-note] }",
      "  - { id: BBB, kind: state, name: B, sources: [own-note] }",
    ].join("\n");
    const result = loadDataset([{ file: "own.yaml", text: own }]);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.sources[0]?.fact).toBeUndefined();
  });

  it("takes every source URL, quote and fact id from the sheet", () => {
    for (const source of dataset.sources) {
      const fact = source.fact ?? "(none)";
      expect(sheet.includes(source.url), `${source.id}: URL ${source.url}`).toBe(true);
      expect(quoteInSheet(source.quote), `${source.id}: quote "${source.quote}"`).toBe(true);
      expect(headings.has(fact) || tableIds.has(fact), `${source.id}: fact ${source.fact}`).toBe(true);
    }
  });

  it("reads titles as slug words only when every word is in the URL path, in order", () => {
    const guardian = "https://www.theguardian.com/world/2012/jun/29/south-korea-japan-intelligence-pact";
    expect(titleInUrlPath("South Korea–Japan intelligence pact", guardian)).toBe(true);
    expect(titleInUrlPath("South Korea Japan intelligence pacts", guardian)).toBe(false);
    expect(titleInUrlPath("South Korea Japan intelligence pact", guardian)).toBe(true);
    expect(titleInUrlPath("South Korea puts intelligence sharing pact with Japan on hold", guardian)).toBe(
      false,
    );
    expect(titleInUrlPath("Japan South Korea intelligence pact", guardian)).toBe(false);
    expect(
      titleInUrlPath("South Korea will keep its pact", "https://x.org/south-korea-will-keeps-its-pact/"),
    ).toBe(false);
    expect(
      titleInUrlPath(
        "U.S. and S. Korea sign intel-sharing pact",
        "https://x.org/u-s-and-s-korea-sign-intelsharing-pact",
      ),
    ).toBe(true);
    expect(titleInUrlPath("Japan pact", "https://japan.example/pact")).toBe(false);
    expect(titleVouched("[Report on the postponed 2012 signing]", guardian)).toBe(true);
    expect(titleVouched("[Report on the postponed 2012 signing", guardian)).toBe(false);
    expect(titleVouched("History of 5-Eyes – explainer", "https://example.org/")).toBe(true);
  });

  it("gives every source a title from the sheet, its URL slug, or a bracketed description", () => {
    const unvouched = dataset.sources
      .filter((s) => !titleVouched(s.title, s.url))
      .map((s) => `${s.id}: ${s.title}`);
    expect(unvouched).toEqual([]);
  });

  it("keeps quotes short (under 25 words)", () => {
    for (const source of dataset.sources) {
      const words = source.quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      expect(words.length, source.id).toBeLessThan(25);
    }
  });

  it("cites a sheet fact for every agreement event, party, policy and incident", () => {
    for (const agreement of dataset.agreements) {
      expect(citesSheetFact(agreement.sources), agreement.id).toBe(true);
      agreement.timeline.forEach((event, i) => {
        expect(citesSheetFact(event.sources), `${agreement.id} timeline[${i}] ${event.type}`).toBe(true);
      });
    }
    for (const record of [...dataset.parties, ...dataset.policies, ...dataset.incidents]) {
      expect(citesSheetFact(record.sources), record.id).toBe(true);
    }
  });

  it("backs each party with a source whose fact names that party", () => {
    for (const party of dataset.parties) {
      const named = party.sources.some((id) => {
        const fact = sourceById(id)?.fact;
        return fact !== undefined && new RegExp(`\\b${party.id}\\b`).test(factBlock(fact));
      });
      expect(named, party.id).toBe(true);
    }
  });

  it("refers only to discrepancies and facts the sheet has", () => {
    for (const d of dataset.discrepancies) expect(headings.has(d.ref), d.ref).toBe(true);
    const refs = [...new Set(dataset.discrepancies.map((d) => d.ref))];
    expect(refs).toEqual(expect.arrayContaining(["D-01", "D-03", "D-08", "D-09", "D-13", "D-14", "D-16"]));
    const texts = [
      ...dataset.agreements.flatMap((a) => [a.note, a.relay?.note, ...a.timeline.map((e) => e.note)]),
      ...dataset.policies.map((p) => p.note),
      ...dataset.incidents.map((i) => i.note),
      ...dataset.discrepancies.map((d) => d.description),
      ...dataset.sources.map((s) => s.note),
      ...dataset.topics.map((t) => t.description),
    ];
    for (const text of texts) {
      for (const [id] of (text ?? "").matchAll(/\b[A-Z]-\d{2}[a-z]?\b/g)) {
        expect(headings.has(id) || tableIds.has(id), `${id} in "${text}"`).toBe(true);
      }
    }
  });

  it("never rests a confirmed event on C sources alone", () => {
    for (const agreement of dataset.agreements) {
      for (const event of agreement.timeline) {
        const grades = event.sources.map((id) => sourceById(id)?.grade);
        if (grades.every((g) => g === "C")) {
          expect(event.certainty, `${agreement.id} ${event.type} ${event.date}`).not.toBe("confirmed");
        }
      }
    }
  });

  it("has the required topic tree", () => {
    const parent = Object.fromEntries(dataset.topics.map((t) => [t.id, t.parent ?? null]));
    expect(parent).toMatchObject({
      any: null,
      "north-korea": "any",
      "nk-nuclear": "north-korea",
      "nk-missile": "north-korea",
      "china-military": "any",
      "general-military": "any",
    });
    expect(dataset.topics.find((t) => t.id === "china-military")?.description).toMatch(/South China Sea/);
  });

  it("tells the Japan–ROK GSOMIA timeline as the sheet does", () => {
    const gsomia = dataset.agreements.find((a) => a.id === "jpn-kor-gsomia");
    expect(gsomia).toMatchObject({
      name: "Japan–ROK GSOMIA",
      kind: "security-agreement",
      legalNature: "binding",
      shape: "bilateral",
      scope: ["any"],
    });
    expect(gsomia?.relay).toBeUndefined();
    expect(gsomia?.timeline.map((e) => [e.type, e.date, e.effective ?? null])).toEqual([
      ["proposed", "2011-01", null],
      ["postponed", "2012-06-29", null],
      ["signed", "2016-11-23", null],
      ["in-force", "2016-11-23", null],
      ["renewed", "2017-08", null],
      ["renewed", "2018-08-22", null],
      ["termination-notified", "2019-08-23", "2019-11-23"],
      ["termination-suspended", "2019-11-22", null],
      ["restored", "2023-03-21", null],
    ]);
    const facts = gsomia?.sources.map((id) => sourceById(id)?.fact);
    expect(facts).toEqual(expect.arrayContaining(["G-09", "G-10"]));
  });

  it("models TISA, the US bilaterals and the 2023 mechanism as sourced", () => {
    const byId = (id: string) => dataset.agreements.find((a) => a.id === id);
    expect(byId("tisa")).toMatchObject({
      name: "TISA",
      fullName: "Trilateral Information Sharing Arrangement",
      kind: "arrangement",
      legalNature: "non-binding",
      shape: "hub-and-spoke",
      hub: "USA",
      relay: { condition: "originator-approval" },
      scope: ["nk-nuclear", "nk-missile"],
    });
    expect(byId("tisa")?.timeline.map((e) => [e.type, e.date])).toEqual([
      ["proposed", "2014-05-31"],
      ["signed", "2014-12-29"],
      ["in-force", "2014-12-29"],
    ]);
    const korUsa = byId("kor-usa-security-agreement");
    expect(korUsa?.timeline.map((e) => [e.type, e.date, e.certainty])).toEqual([
      ["signed", "1987-09-24", "confirmed"],
      ["in-force", "1987-09-24", "unconfirmed"],
    ]);
    const jpnUsa = byId("jpn-usa-gsomia");
    expect(jpnUsa?.timeline.filter((e) => e.type !== "proposed").map((e) => [e.type, e.date])).toEqual([
      ["signed", "2007-08-10"],
      ["in-force", "2007-08"],
    ]);
    for (const a of [korUsa, jpnUsa]) {
      expect(a).toMatchObject({ shape: "bilateral", legalNature: "binding", scope: ["any"] });
      expect(a?.relay).toBeUndefined();
    }
    const mechanism = dataset.agreements.find((a) => a.kind === "technical-mechanism");
    expect(mechanism).toMatchObject({ shape: "hub-and-spoke", hub: "USA", relay: { condition: "none" } });
    expect(mechanism?.scope).toEqual(["nk-missile"]);
    expect(mechanism?.timeline.find((e) => e.type === "proposed")?.date).toBe("2022-11-13");
    expect(mechanism?.timeline.find((e) => e.type === "in-force")?.date).toBe("2023-12-19");
  });

  it("keeps unconfirmed entries into force out of Japan's Ukraine, Canada and New Zealand agreements", () => {
    for (const partner of ["UKR", "CAN", "NZL"]) {
      const isa = dataset.agreements.find((a) => a.parties.includes("JPN") && a.parties.includes(partner));
      const types = isa?.timeline.map((e) => e.type);
      expect(types, partner).toContain("signed");
      expect(types, partner).not.toContain("in-force");
      expect(isa?.note, partner).toMatch(/unconfirmed/);
    }
  });

  it("marks the disputed UKUSA accessions as disputed", () => {
    const ukusa = dataset.agreements.find((a) => a.id === "ukusa");
    const join = (p: string) => ukusa?.timeline.find((e) => e.type === "in-force" && e.parties?.includes(p));
    for (const p of ["CAN", "AUS", "NZL"]) expect(join(p)?.certainty, p).toBe("disputed");
    expect(ukusa?.timeline.find((e) => e.type === "signed")?.date).toBe("1946-03-05");
  });

  it("dates Seoul's reported Moon-era limit by the terms of office", () => {
    expect(dataset.policies).toContainEqual(
      expect.objectContaining({
        party: "KOR",
        receiver: "JPN",
        agreement: "jpn-kor-gsomia",
        allow: ["nk-nuclear", "nk-missile"],
        from: "2017-05-10",
        to: "2022-05-09",
        status: "reported",
      }),
    );
    const policy = dataset.policies.find((p) => p.party === "KOR");
    const facts = policy?.sources.map((id) => sourceById(id)?.fact);
    expect(facts).toEqual(expect.arrayContaining(["G-13", "P-01", "P-02"]));
  });

  it("dates the Hwasong-12 overflights by local date, not the seed's dates", () => {
    const dates = dataset.incidents.map((i) => i.date).sort();
    expect(dates).toEqual(expect.arrayContaining(["2017-08-29", "2017-09-15", "2022-10-04"]));
    expect(dates).not.toContain("2017-08-12");
    expect(dates).not.toContain("2017-09-30");
    for (const incident of dataset.incidents) expect(incident.parties).toEqual(["PRK", "JPN"]);
  });
});

/** The rows of the sheet's index table that follows `heading`: cells, trimmed, header and rule left out. */
function indexTable(heading: string): string[][] {
  const start = sheet.indexOf(heading);
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const line of sheet
    .slice(start + heading.length)
    .split("\n")
    .slice(1)) {
    if (line.trim() === "") {
      if (rows.length > 0) break;
      continue;
    }
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2);
}

const factsOf = (sources: readonly string[]) => sources.map((id) => sourceById(id)?.fact ?? "?");
const agreementFacts = (id: string): string[] => {
  const a = dataset.agreements.find((x) => x.id === id);
  if (!a) return [];
  return [...new Set([...factsOf(a.sources), ...a.timeline.flatMap((e) => factsOf(e.sources))])].sort();
};
const isMonthOrYear = (date: string) => /^\d{4}(-\d{2})?$/.test(date);

describe("the sheet's index of the dataset", () => {
  const agreementsRows = indexTable("#### Agreements");
  const monthRows = indexTable("#### Dates known only by month or year");
  const notModelled = indexTable("#### Facts naming JPN or KOR that are not records of the dataset");

  it("lists every agreement of the dataset once, with the facts it cites", () => {
    expect(agreementsRows.length).toBeGreaterThanOrEqual(30);
    const listed = agreementsRows.map((r) => r[0]!.replace(/`/g, ""));
    expect([...listed].sort()).toEqual(dataset.agreements.map((a) => a.id).sort());
    for (const row of agreementsRows) {
      const id = row[0]!.replace(/`/g, "");
      expect(row[3]!.split(", ").sort(), id).toEqual(agreementFacts(id));
      const parties = dataset.agreements.find((a) => a.id === id)?.parties.join(", ");
      expect(row[1], id).toBe(parties);
    }
  });

  it("lists every date still known only by month or year, and each such event says why in its note", () => {
    const dated = dataset.agreements.flatMap((a) =>
      a.timeline.filter((e) => isMonthOrYear(e.date)).map((e) => ({ a, e })),
    );
    expect(monthRows.map((r) => [r[0]!.replace(/`/g, ""), r[1], r[2]])).toEqual(
      dated.map(({ a, e }) => [a.id, e.type, e.date]),
    );
    for (const { a, e } of dated) {
      expect(e.note, `${a.id} ${e.type} ${e.date}`).toMatch(/(Month|Year) only|[Nn]o day is known|not known/);
    }
  });

  it("holds every fact of the sheet that names JPN or KOR, or says why not", () => {
    const cited = new Set(dataset.sources.map((s) => s.fact));
    const excused = new Map(notModelled.map((r) => [r[0]!, r[1]!]));
    const naming = [...headings].filter((id) => {
      const parties = factBlock(id)
        .split("\n")
        .find((l) => l.startsWith("- Parties:"));
      return parties !== undefined && /\b(JPN|KOR)\b/.test(parties);
    });
    expect(naming.length).toBeGreaterThan(60);
    for (const id of naming) {
      expect(cited.has(id) || (excused.get(id) ?? "").length > 20, `${id} neither cited nor excused`).toBe(
        true,
      );
    }
    for (const id of excused.keys()) expect(cited.has(id), `${id} is excused but cited`).toBe(false);
  });
});

describe("counts stated by the sheet and the README", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const inForce = dataset.agreements.filter((a) => a.timeline.some((e) => e.type === "in-force")).length;

  it("covers at least 30 parties and 30 agreements", () => {
    expect(dataset.parties.length).toBeGreaterThanOrEqual(30);
    expect(dataset.agreements.length).toBeGreaterThanOrEqual(30);
  });

  it("states the dataset's counts in the sheet's index", () => {
    const [, parties, agreements, withInForce, sources] =
      /Counts: (\d+) parties, (\d+) agreements \((\d+) with an entry into force the sheet sources\), (\d+) sources\./.exec(
        sheet,
      ) ?? [];
    expect([parties, agreements, withInForce, sources].map(Number)).toEqual([
      dataset.parties.length,
      dataset.agreements.length,
      inForce,
      dataset.sources.length,
    ]);
  });

  it("states the same counts in the README", () => {
    const [, agreements, parties] = /(\d+) agreements among (\d+) parties/.exec(readme) ?? [];
    expect([agreements, parties].map(Number)).toEqual([dataset.agreements.length, dataset.parties.length]);
    const [, p2, a2, f2, s2] =
      /(\d+) parties, (\d+) agreements \((\d+) of them with a\s+sourced entry into force[^)]*\) and (\d+) sources/.exec(
        readme,
      ) ?? [];
    expect([p2, a2, f2, s2].map(Number)).toEqual([
      dataset.parties.length,
      dataset.agreements.length,
      inForce,
      dataset.sources.length,
    ]);
  });
});

describe("the agreements of Addendum 5", () => {
  const byId = (id: string) => dataset.agreements.find((a) => a.id === id)!;
  const on = (id: string, day: string) => statusOn(byId(id), day).status;

  it("records Japan's talks with the Philippines and the EU as proposed, opening no channel", () => {
    for (const [id, day] of [
      ["jpn-phl-isa", "2025-04-29"],
      ["jpn-eu-isa", "2025-07-23"],
    ] as const) {
      expect(
        byId(id).timeline.map((e) => [e.type, e.date]),
        id,
      ).toEqual([["proposed", day]]);
      expect(on(id, "2026-01-01"), id).toBe("not-yet");
    }
  });

  it("has the US–Latvia agreements hand over on 2024-12-12, the old one's end marked unconfirmed", () => {
    expect(on("usa-lva-military-agreement", "1998-01-15")).toBe("in-force");
    expect(on("usa-lva-military-agreement", "2024-12-11")).toBe("in-force");
    expect(on("usa-lva-military-agreement", "2024-12-12")).toBe("ended");
    expect(byId("usa-lva-military-agreement").timeline.at(-1)).toMatchObject({
      type: "terminated",
      certainty: "unconfirmed",
    });
    expect(on("usa-lva-agreement", "2024-12-11")).toBe("not-yet");
    expect(on("usa-lva-agreement", "2024-12-12")).toBe("in-force");
  });

  it("keeps the 2023 US–Estonia agreement signed only, and says the 2000 one's end is undated", () => {
    expect(on("usa-est-military-agreement", "2000-02-23")).toBe("in-force");
    expect(byId("usa-est-military-agreement").note).toMatch(/termination, whose date was not found/);
    expect(byId("usa-est-agreement").timeline.map((e) => e.type)).toEqual(["signed"]);
  });
});

describe("coverage claims of the default dataset", () => {
  const claim = (party: string) => dataset.coverage?.find((c) => c.party === party);

  it("declares Japan complete and the ROK partial against the MND's count of 32", () => {
    expect(claim("JPN")).toMatchObject({ status: "complete" });
    expect(claim("KOR")).toMatchObject({ status: "partial", officialTotal: 32, asOf: "2016-11-23" });
    expect(sheet).toContain("32개국과 군사비밀정보 보호협정 또는 약정을 체결하였으며");
    expect(claim("KOR")?.sources.map((id) => sourceById(id)?.fact)).toContain("K-18");
  });

  it("holds every agreement on Japan MOFA's list (J-00), in force in the month the list gives", () => {
    const list = [...factBlock("J-00").matchAll(/^- ([A-Z]{3,4}) (\d{4}-\d{2})$/gm)].map((m) => [
      m[1]!,
      m[2]!,
    ]);
    expect(list).toHaveLength(9);
    for (const [partner, month] of list) {
      const isa = dataset.agreements.find(
        (a) =>
          a.parties.length === 2 &&
          a.parties.includes("JPN") &&
          a.parties.includes(partner!) &&
          a.kind === "security-agreement" &&
          a.timeline.some((e) => e.type === "in-force" && e.date.startsWith(month!)),
      );
      expect(isa, `${partner} ${month}`).toBeDefined();
    }
  });

  it("holds every agreement Japan signed after that list (J-08, J-09, J-12) and dates the claim by the last", () => {
    for (const [partner, day] of [
      ["UKR", "2024-11-16"],
      ["CAN", "2025-07-08"],
      ["NZL", "2025-12-19"],
    ] as const) {
      const isa = dataset.agreements.find((a) => a.parties.includes("JPN") && a.parties.includes(partner));
      expect(isa?.timeline.find((e) => e.type === "signed")?.date, partner).toBe(day);
    }
    expect(claim("JPN")?.asOf).toBe("2025-12-19");
  });

  it("makes no claim for a party whose list no source counts", () => {
    for (const party of ["GBR", "FRA", "NATO", "THA"]) expect(claim(party), party).toBeUndefined();
  });
});
