// The `routes` command: JSON contract, the table for an 80-column terminal, and exit codes with one-line errors.
import { describe, expect, it } from "vitest";
import { cli, STORY_FIXTURE } from "./helpers";

const base = ["routes", "--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--data", STORY_FIXTURE];

describe("routes command", () => {
  it("prints the JSON contract: query, routes, blockedTotal, blockedSummary, blocked", () => {
    const { code, out, err } = cli([...base, "--at", "2015-06-01", "--format", "json", "--max-hops", "2"]);
    expect([code, err]).toEqual([0, []]);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(["query", "routes", "blockedTotal", "blockedSummary", "blocked"]);
    expect(json.query).toEqual({
      from: "KOR",
      to: "JPN",
      topic: "nk-missile",
      at: "2015-06-01",
      maxHops: 2,
      allowConsentRelay: false,
      disable: [],
      explain: 10,
    });
    expect(json.routes).toHaveLength(1);
    const [route] = json.routes;
    expect(Object.keys(route)).toEqual([
      "parties",
      "kind",
      "status",
      "hops",
      "intermediaries",
      "conditions",
      "warnings",
      "reasons",
      "validFrom",
      "validTo",
      "sources",
      "agreements",
    ]);
    expect(route.parties).toEqual(["KOR", "USA", "JPN"]);
    expect(route.hops[0]).toEqual({ from: "KOR", to: "USA", agreement: "tisa", agreementName: "TISA" });
    expect([route.validFrom, route.validTo]).toEqual(["2014-12-29", null]);
    expect(
      json.blocked.map((r: { hops: { agreement: string }[] }) => r.hops.map((h) => h.agreement).join(">")),
    ).toEqual(["jpn-kor-gsomia", "kor-usa-1987>tisa", "kor-usa-1987>usa-jpn-gsomia", "tisa>usa-jpn-gsomia"]);
    expect(json.blockedTotal).toBe(4);
    expect(
      json.blockedSummary.map((s: { code: string; count: number; example: { parties: string[] } }) => [
        s.code,
        s.count,
        s.example.parties.join(">"),
      ]),
    ).toEqual([
      ["third-party-rule", 3, "KOR>USA>JPN"],
      ["not-in-force", 1, "KOR>JPN"],
    ]);
  });

  it("passes --allow-consent-relay and --disable to the engine", () => {
    const { out } = cli([
      ...base,
      "--at",
      "2015-06-01",
      "--format",
      "json",
      "--allow-consent-relay",
      "--disable",
      "tisa",
    ]);
    const json = JSON.parse(out);
    expect(json.query.disable).toEqual(["tisa"]);
    expect(
      json.routes.map((r: { hops: { agreement: string }[] }) => r.hops.map((h) => h.agreement).join(">")),
    ).toEqual(["kor-usa-1987>usa-jpn-gsomia"]);
    expect(json.routes[0].conditions.map((c: { code: string }) => c.code)).toEqual(["ad-hoc-consent"]);
  });

  it("prints a table that fits 80 columns, permitted routes first, then blocked candidates", () => {
    const { code, out } = cli([...base, "--at", "2017-11-19"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
    expect(out).toContain("Permitted routes (2):");
    expect(out).toContain("1. direct, 1 hop: South Korea (KOR) → Japan (JPN)");
    expect(out).toContain("hop 1: KOR → JPN under Japan–ROK GSOMIA (jpn-kor-gsomia)");
    expect(out).toContain("   same status, conditions and warnings: 2017-05-10 to 2019-08-22\n");
    expect(out).toContain("condition originator-approval:");
    expect(out).toContain("warning reported-policy:");
    expect(out).toContain("Blocked candidates: 3. By reason");
    expect(out).toContain("Blocked candidates (3):");
    expect(out).toContain("blocked at hop 2, third-party-rule:");
    expect(out.indexOf("Permitted routes")).toBeLessThan(out.indexOf("Blocked candidates"));
  });

  it("says when there is no permitted route, and whether the dataset vouches for that, and still exits 0", () => {
    const { code, out } = cli([...base, "--at", "2014-06-01"]);
    expect(code).toBe(0);
    // The story fixture declares no coverage.
    expect(out.replace(/\s+/g, " ")).toContain(
      "No permitted route in this dataset. It may be incomplete: the dataset does not say how complete South Korea's agreement list is; the dataset does not say how complete Japan's agreement list is.",
    );
  });

  const failures: [string, string[], number][] = [
    [
      "unknown party",
      [
        "routes",
        "--from",
        "XYZ",
        "--to",
        "JPN",
        "--topic",
        "nk-missile",
        "--at",
        "2017-11-19",
        "--data",
        STORY_FIXTURE,
      ],
      1,
    ],
    ["unknown topic", [...base, "--topic", "weather", "--at", "2017-11-19"], 1],
    ["unknown disabled id", [...base, "--at", "2017-11-19", "--disable", "nothing"], 1],
    ["malformed date", [...base, "--at", "2017-02-30"], 2],
    ["month-only date", [...base, "--at", "2017-11"], 2],
    ["max-hops too large", [...base, "--at", "2017-11-19", "--max-hops", "7"], 2],
    ["max-hops zero", [...base, "--at", "2017-11-19", "--max-hops", "0"], 2],
    ["max-hops not a number", [...base, "--at", "2017-11-19", "--max-hops", "two"], 2],
    ["unknown flag", [...base, "--at", "2017-11-19", "--fast"], 2],
    ["missing flag", ["routes", "--from", "KOR", "--topic", "nk-missile", "--at", "2017-11-19"], 2],
    ["bad format", [...base, "--at", "2017-11-19", "--format", "xml"], 2],
    ["stray argument", [...base, "--at", "2017-11-19", "extra"], 2],
  ];
  it.each(failures)("%s: exits %i with one line on stderr", (_name, args, exit) => {
    const { code, out, err } = cli(args);
    expect(code).toBe(exit);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^error: /);
    expect(err[0]).not.toContain("\n");
    expect(err[0]).not.toMatch(/\bat .*\.ts:\d+/);
    expect(out).toBe("");
  });
});
