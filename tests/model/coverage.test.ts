// Coverage claims: read from a dataset's coverage section, checked against its parties and sources, and answered
// per party by coverageOf.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import {
  buildModel,
  coverageOf,
  factIdSchema,
  isListComplete,
  loadDataset,
  noRouteCoverage,
} from "../../src/model";

const BASE = readFileSync("tests/fixtures/broken/_valid-base.yaml", "utf8");

function load(coverage: string) {
  return loadDataset([
    { file: "base.yaml", text: BASE },
    { file: "coverage.yaml", text: coverage },
  ]);
}

describe("coverageOf", () => {
  const result = load(`
coverage:
  - { party: JPN, status: complete, asOf: 2025-12-19, sources: [s1] }
  - { party: KOR, status: partial, officialTotal: 32, asOf: 2016-11-23, note: partner countries, sources: [s1, s2] }
`);
  const model = result.ok ? buildModel(result.dataset) : (undefined as never);

  it("loads a coverage section given in a file of its own", () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("answers each party's claim, and nothing for a party the dataset says nothing about", () => {
    expect(coverageOf(model, "JPN")).toEqual({
      party: "JPN",
      status: "complete",
      asOf: "2025-12-19",
      sources: ["s1"],
    });
    expect(coverageOf(model, "KOR")).toMatchObject({
      status: "partial",
      officialTotal: 32,
      asOf: "2016-11-23",
    });
    expect(coverageOf(model, "USA")).toBeUndefined();
  });

  it("calls a list complete only where the dataset says so", () => {
    expect(isListComplete(model, "JPN")).toBe(true);
    expect(isListComplete(model, "KOR")).toBe(false);
    expect(isListComplete(model, "USA")).toBe(false);
  });

  it("answers nothing for a dataset without a coverage section", () => {
    const bare = loadDataset([{ file: "base.yaml", text: BASE }]);
    expect(bare.ok && coverageOf(buildModel(bare.dataset), "JPN")).toBeUndefined();
  });
});

describe("noRouteCoverage", () => {
  const result = load(`
coverage:
  - { party: JPN, status: complete, asOf: 2025-12-19, sources: [s1] }
  - { party: KOR, status: partial, officialTotal: 32, asOf: 2016-11-23, sources: [s1] }
`);
  const model = result.ok ? buildModel(result.dataset) : (undefined as never);

  it("vouches for a missing route only when both ends are complete on the date", () => {
    const both = noRouteCoverage(model, "JPN", "JPN", "2020-01-01");
    expect(both.covered).toBe(true);
    expect(both.message).toMatch(/^No route\. /);
  });

  it("says 'no route in this dataset' with each end's gap", () => {
    const answer = noRouteCoverage(model, "KOR", "JPN", "2020-01-01");
    expect(answer.covered).toBe(false);
    expect(answer.gaps).toEqual([{ party: "KOR", why: "partial" }]);
    expect(answer.message).toMatch(/^No route in this dataset\. It may be incomplete: /);
    expect(answer.message).toContain("32 partners as of 2016-11-23");
  });

  it("treats a complete list as stale after its date, and an undeclared party as a gap", () => {
    expect(noRouteCoverage(model, "JPN", "USA", "2026-06-01").gaps).toEqual([
      { party: "JPN", why: "stale" },
      { party: "USA", why: "undeclared" },
    ]);
  });
});

describe("coverage checks", () => {
  it("rejects an unknown party, an unknown source and a second claim for one party, each located", () => {
    const result = load(`coverage:
  - { party: JPN, status: complete, asOf: 2025-12-19, sources: [s1] }
  - { party: CHN, status: partial, asOf: 2016-11-23, sources: [s1] }
  - { party: JPN, status: partial, asOf: 2016-11-23, sources: [s9] }
`);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.file, p.path, p.line, p.message])).toEqual([
      ["coverage.yaml", "coverage[1].party", 3, 'unknown party "CHN"'],
      ["coverage.yaml", "coverage[2].party", 4, 'coverage of "JPN" is declared twice: one claim per party'],
      ["coverage.yaml", "coverage[2].sources[0]", 4, 'unknown source "s9"'],
    ]);
  });

  it("rejects a status other than complete or partial, and a total that is not a whole number", () => {
    const result = load(`coverage:
  - { party: JPN, status: full, asOf: 2025-12-19, sources: [s1] }
  - { party: KOR, status: partial, officialTotal: 3.5, asOf: 2016-11-23, sources: [s1] }
`);
    expect(result.problems.map((p) => p.path)).toEqual(["coverage[0].status", "coverage[1].officialTotal"]);
  });
});

describe("factIdSchema", () => {
  it.each(["G-06", "J-03a", "D-25"])("accepts %s", (id) => {
    expect(factIdSchema.safeParse(id).success).toBe(true);
  });

  it.each(["G-6", "g-06", "J-03A", "J-03ab", "GG-06", "J03a"])("rejects %s", (id) => {
    expect(factIdSchema.safeParse(id).success).toBe(false);
  });

  it("explains the form in words", () => {
    const result = factIdSchema.safeParse("J3");
    expect(result.success ? "" : result.error.issues[0]!.message).toMatch(
      /a capital letter, a hyphen, two digits and optionally a lower-case letter/,
    );
  });
});

describe("show", () => {
  const show = (args: string[]) => {
    const out: string[] = [];
    const code = run(["show", ...args], { out: (t) => out.push(t), err: () => undefined });
    return { code, lines: out.join("\n").split("\n") };
  };

  it("lists the built-in dataset's coverage claims, and says the other parties make none", () => {
    const { code, lines } = show([]);
    expect(code).toBe(0);
    const from = lines.indexOf("Coverage of agreement lists:");
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from + 1)).toEqual([
      "  JPN    complete as of 2025-12-19",
      "  KOR    partial as of 2016-11-23 (official count: 32)",
      expect.stringMatching(/^ {2}USA {4}partial as of \d{4}-\d{2}-\d{2}$/),
      "  others: no claim (a missing route there may be missing data)",
    ]);
  });

  it("says so when a dataset makes no claim", () => {
    const { lines } = show(["--data", "tests/fixtures/mini/mini.yaml"]);
    expect(lines.at(-1)).toBe("Coverage: no claims (a missing route may be missing data)");
  });
});
