// The analysis commands: the JSON contracts of DESIGN.md, tables and CSV, exit codes, and the default dataset's
// story told through them.
import { describe, expect, it } from "vitest";
import { cli } from "../routing/helpers";
import { RELAY_LINE } from "./fixtures";

const json = (args: string[]) => {
  const { code, out, err } = cli([...args, "--format", "json"]);
  expect([code, err]).toEqual([0, []]);
  return JSON.parse(out);
};

const KOR_JPN = ["--from", "KOR", "--to", "JPN", "--topic", "nk-missile"];

describe("the default dataset's story through the CLI", () => {
  const { intervals } = json(["timeline", ...KOR_JPN]);
  const on = (day: string) =>
    intervals.find(
      (i: { from: string; to: string | null }) => i.from <= day && (i.to === null || day <= i.to),
    );
  const permitted = (interval: { routes: { status: string; key: string; warnings: string[] }[] }) =>
    interval.routes.filter((r) => r.status === "permitted");

  it("KOR → JPN nk-missile: no permitted route before 2014-12-29", () => {
    expect(intervals[0].best).toBe("none");
    expect(intervals[0].to).toBe("2014-12-28");
    expect(permitted(intervals[0])).toEqual([]);
  });

  it("a relayed best route from 2014-12-29 (TISA through the United States), a direct one from 2016-11-23", () => {
    expect(on("2014-12-29")).toMatchObject({ from: "2014-12-29", to: "2016-11-22", best: "relayed" });
    expect(permitted(on("2014-12-29")).map((r) => r.key)).toEqual(["KOR>USA>JPN:tisa+tisa"]);
    expect(on("2016-11-23")).toMatchObject({ from: "2016-11-23", best: "direct" });
    expect(permitted(on("2016-11-23"))[0]!.key).toBe("KOR>JPN:jpn-kor-gsomia");
  });

  it("the 2019 notice and its suspension change the direct route's warnings, not the best kind", () => {
    const notice = on("2019-08-23");
    const suspension = on("2019-11-22");
    expect(notice.from).toBe("2019-08-23");
    expect(notice.to).toBe("2019-11-21");
    expect(suspension.from).toBe("2019-11-22");
    for (const interval of [on("2019-08-22"), notice, suspension, on("2023-03-21")]) {
      expect(interval.best).toBe("direct");
    }
    const gsomia = (interval: typeof notice) =>
      interval.routes.find((r: { key: string }) => r.key === "KOR>JPN:jpn-kor-gsomia").warnings;
    expect(gsomia(on("2019-08-22"))).not.toContain("termination-pending");
    expect(gsomia(notice)).toContain("termination-pending");
    expect(gsomia(suspension)).toContain("conditional-status");
    expect(gsomia(suspension)).not.toContain("termination-pending");
    expect(gsomia(on("2023-03-21"))).toEqual([]);
  });

  it("in 2015, TISA and the United States are critical for KOR → JPN", () => {
    const c = json(["critical", ...KOR_JPN, "--at", "2015-06-01"]);
    expect([c.permitted, c.agreements, c.parties, c.pairs]).toEqual([1, ["tisa"], ["USA"], []]);
  });

  it("from 2014 to 2017 KOR → JPN gained the direct GSOMIA route and the TISA relay", () => {
    const c = json(["compare", ...KOR_JPN, "--at", "2014-06-01", "--vs", "2017-11-19"]);
    expect(c.gained.map((r: { parties: string[] }) => r.parties.join(">"))).toEqual([
      "KOR>JPN",
      "KOR>USA>JPN",
    ]);
    expect([c.lost, c.changed]).toEqual([[], []]);
  });
});

describe("JSON contracts", () => {
  const data = ["--data", RELAY_LINE, "--max-hops", "2"];
  const AB = ["--from", "AAA", "--to", "BBB", "--topic", "nk-missile"];

  it("timeline: { query, intervals: [{ from, to, best, routes: [{ key, status, conditions, warnings }] }] }", () => {
    const t = json(["timeline", ...AB, ...data, "--since", "2003-06-01", "--until", "2004-03-01"]);
    expect(Object.keys(t)).toEqual(["query", "intervals"]);
    expect(t.intervals[0]).toEqual({
      from: "2003-06-01",
      to: "2003-12-31",
      best: "direct",
      routes: [
        { key: "AAA>BBB:ab-direct", status: "permitted", conditions: [], warnings: ["reported-policy"] },
        {
          key: "AAA>CCC>BBB:hub+hub",
          status: "permitted",
          conditions: ["originator-approval"],
          warnings: ["non-binding", "approximate-date"],
        },
        { key: "AAA>BBB:club", status: "blocked", conditions: [], warnings: [] },
        { key: "AAA>DDD>BBB:club+club", status: "blocked", conditions: [], warnings: [] },
      ],
    });
    expect(t.intervals[1].to).toBe("2004-03-01");
    const bounded = json(["timeline", ...AB, ...data, "--since", "2003-06-01", "--explain", "0"]);
    expect(bounded.intervals[0].routes.map((r: { key: string }) => r.key)).toEqual([
      "AAA>BBB:ab-direct",
      "AAA>CCC>BBB:hub+hub",
      "AAA>BBB:club",
    ]);
  });

  it("compare: { query, before, after, gained, lost, changed } with routes in the routes command's shape", () => {
    const c = json(["compare", ...AB, ...data, "--at", "2004-02-01", "--vs", "2005-04-01"]);
    expect(Object.keys(c)).toEqual(["query", "before", "after", "gained", "lost", "changed"]);
    expect([c.before, c.after]).toEqual(["2004-02-01", "2005-04-01"]);
    expect(Object.keys(c.gained[0])).toEqual(
      expect.arrayContaining(["parties", "kind", "status", "hops", "conditions", "warnings", "reasons"]),
    );
    expect(Object.keys(c.changed[0])).toEqual(["key", "before", "after"]);
    expect(c.changed[0].key).toBe("AAA>BBB:ab-direct");
  });

  it("matrix: { query, parties, pairs: [{ from, to, best, permitted, conditional }] }", () => {
    const m = json([
      "matrix",
      "--topic",
      "nk-missile",
      "--at",
      "2000-07-01",
      ...data,
      "--parties",
      "AAA,BBB",
    ]);
    expect(Object.keys(m)).toEqual(["query", "parties", "pairs"]);
    expect(m.parties).toEqual(["AAA", "BBB"]);
    expect(m.pairs).toEqual([
      { from: "AAA", to: "BBB", best: "relayed", permitted: 1, conditional: true },
      { from: "BBB", to: "AAA", best: "relayed", permitted: 1, conditional: true },
    ]);
  });

  it("critical: { query, permitted, agreements, parties, pairs }", () => {
    const c = json(["critical", ...AB, ...data, "--at", "2004-02-01"]);
    expect(Object.keys(c)).toEqual(["query", "permitted", "agreements", "parties", "pairs"]);
    expect([c.permitted, c.pairs]).toEqual([2, [["ab-direct", "hub"]]]);
  });

  it("brokers: { query, brokers: [{ party, sole, on }] }", () => {
    const b = json([
      "brokers",
      "--topic",
      "nk-missile",
      "--at",
      "2000-07-01",
      ...data,
      "--allow-consent-relay",
    ]);
    expect(Object.keys(b)).toEqual(["query", "brokers"]);
    expect(b.query.allowConsentRelay).toBe(true);
    expect(b.brokers[0]).toEqual({ party: "CCC", sole: 6, on: 6 });
  });

  it("passes --disable to the analysis", () => {
    const c = json(["critical", ...AB, ...data, "--at", "2004-02-01", "--disable", "hub"]);
    expect([c.query.disable, c.permitted, c.agreements]).toEqual([["hub"], 1, ["ab-direct"]]);
  });
});

describe("tables and CSV", () => {
  const data = ["--data", RELAY_LINE, "--max-hops", "2"];

  it("timeline as a table: one line per interval and permitted route", () => {
    const { code, out } = cli(["timeline", "--from", "AAA", "--to", "BBB", "--topic", "nk-missile", ...data]);
    expect(code).toBe(0);
    expect(out).toContain("Route timeline from State A (AAA) to State B (BBB)");
    expect(out).toMatch(
      /2000-06-01 {2}2000-12-31 {2}relayed {2}AAA>CCC>BBB:hub\+hub \(originator-approval; non-binding approximate-date\)/,
    );
    expect(out).toMatch(/2007-01-01 {2}onwards/);
  });

  it("wraps each table's heading to 80 columns", () => {
    for (const args of [
      ["timeline", ...KOR_JPN],
      ["compare", ...KOR_JPN, "--at", "2014-06-01", "--vs", "2017-11-19"],
      ["matrix", "--topic", "nk-missile", "--at", "2017-11-19", "--parties", "KOR,JPN,USA"],
      ["critical", ...KOR_JPN, "--at", "2015-06-01"],
      ["brokers", "--topic", "nk-missile", "--at", "2017-11-19"],
    ]) {
      const { code, out } = cli(args);
      expect(code).toBe(0);
      const heading = out.slice(0, out.indexOf("\n\n")).split("\n");
      expect(heading[0], args[0]).toMatch(/^[A-Z]/);
      expect(
        heading.filter((line) => line.length > 80),
        args[0],
      ).toEqual([]);
    }
  });

  it("matrix as a grid with a legend", () => {
    const { out } = cli(["matrix", "--topic", "nk-missile", "--at", "2000-07-01", ...data]);
    expect(out.split("\n")).toEqual(expect.arrayContaining(["1  AAA  -  r  d  .", "3  CCC  d  d  -  D"]));
    expect(out).toContain("8 of 12 ordered pairs have a permitted route (6 direct, 2 relayed only)");
  });

  it("critical and brokers as text", () => {
    const critical = cli([
      "critical",
      "--from",
      "AAA",
      "--to",
      "BBB",
      "--topic",
      "nk-missile",
      "--at",
      "2000-07-01",
      ...data,
    ]);
    expect(critical.out).toContain(
      "Intermediaries whose loss alone leaves no permitted route:\n  State C (CCC)",
    );
    const brokers = cli(["brokers", "--topic", "nk-missile", "--at", "2000-07-01", ...data]);
    expect(brokers.out).toMatch(/State C \(CCC\) {2}2 {5}2 {3}1\.000/);
    expect(brokers.out).toContain("Betweenness centrality (graphology)");
  });

  it("CSV with a header row, one row per item", () => {
    const m = cli(["matrix", "--topic", "nk-missile", "--at", "2000-07-01", ...data, "--format", "csv"]);
    expect(m.out.split("\r\n").slice(0, 2)).toEqual([
      "from,to,best,permitted,conditional",
      "AAA,BBB,relayed,1,true",
    ]);
    const c = cli([
      "compare",
      "--from",
      "AAA",
      "--to",
      "BBB",
      "--topic",
      "nk-missile",
      "--at",
      "2005-04-01",
      "--vs",
      "2006-06-01",
      ...data,
      "--format",
      "csv",
    ]);
    expect(c.out.split("\r\n")).toEqual([
      "change,key,before,after",
      "changed,AAA>BBB:ab-direct,permitted: termination-pending,permitted: conditional-status",
      "channel out of force,old:CCC->DDD,in-force,ended",
      "channel out of force,old:DDD->CCC,in-force,ended",
    ]);
    const b = cli(["brokers", "--topic", "nk-missile", "--at", "2000-07-01", ...data, "--format", "csv"]);
    expect(b.out.split("\r\n").slice(0, 2)).toEqual(["party,sole,on,betweenness", "CCC,2,2,1"]);
  });
});

describe("exit codes", () => {
  it.each([
    [["timeline", "--from", "KOR", "--to", "JPN"], /timeline: missing --topic/],
    [["timeline", ...KOR_JPN, "--since", "2019-02-30"], /--since must be a calendar day/],
    [["timeline", ...KOR_JPN, "--explain", "some"], /--explain must be a whole number or all/],
    [["compare", ...KOR_JPN, "--at", "2015-01-01"], /compare: missing --vs/],
    [
      ["matrix", "--topic", "any", "--at", "2015-01-01", "--format", "xml"],
      /--format must be one of table, json, csv/,
    ],
    [["critical", ...KOR_JPN, "--at", "2015-01-01", "--max-hops", "9"], /--max-hops must be a whole number/],
    [["brokers", "--topic", "any", "--at", "2015-01-01", "--bogus"], /brokers: Unknown option '--bogus'/],
    [["brokers", "--topic", "any", "--at", "2015-01-01", "extra"], /unexpected argument extra/],
  ])("usage error %#: exit 2 with one line", (args, message) => {
    const { code, err } = cli(args);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it.each([
    [["timeline", "--from", "KOR", "--to", "XXX", "--topic", "any"], /unknown party "XXX"/],
    [["matrix", "--topic", "nope", "--at", "2015-01-01"], /unknown topic "nope"/],
    [["matrix", "--topic", "any", "--at", "2015-01-01", "--parties", "KOR,XXX"], /unknown party "XXX"/],
    [
      ["brokers", "--topic", "any", "--at", "2015-01-01", "--disable", "nothing"],
      /--disable: no agreement or party "nothing"/,
    ],
    [
      ["critical", ...KOR_JPN, "--at", "2015-01-01", "--data", "tests/analysis/fixtures/missing.yaml"],
      /no such file or folder/,
    ],
  ])("bad data or unknown id %#: exit 1 with one line", (args, message) => {
    const { code, err } = cli(args);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
