// The route comparison CSV: RFC 4180 quoting, one row per route, formula-injection guard.
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, toCsv } from "../../src/export/pure";
import type { Route, RouteAnswer } from "../../src/routing/types";

/** An RFC 4180 reader written for the test, independent of the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const route = (over: Partial<Route>): Route => ({
  parties: ["KOR", "JPN"],
  kind: "direct",
  status: "permitted",
  hops: [{ from: "KOR", to: "JPN", agreement: "gsomia", agreementName: "Japan–ROK GSOMIA" }],
  intermediaries: [],
  conditions: [],
  warnings: [],
  reasons: [],
  validFrom: "2016-11-23",
  validTo: null,
  sources: [
    {
      id: "s1",
      publisher: "Japan MOFA",
      title: "Signing, of the GSOMIA",
      url: "https://example.org/a",
      grade: "A",
      fact: "G-06",
    },
  ],
  agreements: [
    {
      id: "gsomia",
      name: "Japan–ROK GSOMIA",
      kind: "security-agreement",
      legalNature: "binding",
      status: "in-force",
    },
  ],
  ...over,
});

const ANSWER: RouteAnswer = {
  query: {
    from: "KOR",
    to: "JPN",
    topic: "nk-missile",
    at: "2017-11-19",
    maxHops: 3,
    allowConsentRelay: false,
    disable: [],
    explain: 10,
  },
  routes: [
    route({ warnings: [{ code: "reported-policy", message: 'Seoul "reportedly" limits,\nwhat it sends' }] }),
    route({
      parties: ["KOR", "USA", "JPN"],
      kind: "relayed",
      intermediaries: ["USA"],
      conditions: [{ code: "originator-approval", message: "USA passes it on with approval" }],
      validFrom: "2014-12-29",
      validTo: "2019-11-22",
    }),
  ],
  blockedTotal: 1,
  blockedSummary: [],
  blocked: [
    route({
      status: "blocked",
      parties: ["KOR", "CHN", "JPN"],
      kind: "relayed",
      intermediaries: ["CHN"],
      reasons: [
        { code: "not-in-force", message: '=HYPERLINK("http://evil")', hop: 0 },
        { code: "third-party-rule", message: "no relay", hop: 1 },
      ],
      validFrom: null,
      sources: [],
    }),
  ],
};

describe("toCsv", () => {
  const rows = readCsv(toCsv(ANSWER));

  it("has a header and one row per route, permitted first, with CRLF line ends", () => {
    expect(rows[0]).toEqual([
      "rank",
      "status",
      "kind",
      "parties",
      "agreements",
      "intermediaries",
      "conditions",
      "warnings",
      "reasons",
      "valid_from",
      "valid_to",
      "sources",
    ]);
    expect(CSV_COLUMNS).toHaveLength(12);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["rank", "status", "kind"],
      ["1", "permitted", "direct"],
      ["2", "permitted", "relayed"],
      ["3", "blocked", "relayed"],
    ]);
    expect(rows.every((r) => r.length === 12)).toBe(true);
    expect(toCsv(ANSWER).split("\r\n")).toHaveLength(5);
  });

  it("writes each column of a route", () => {
    const [, , relayed, blocked] = rows;
    expect(relayed![3]).toBe("KOR > USA > JPN");
    expect(relayed![4]).toBe("Japan–ROK GSOMIA (gsomia; security-agreement; binding; in-force)");
    expect(relayed![5]).toBe("USA");
    expect(relayed![6]).toBe("originator-approval: USA passes it on with approval");
    expect(relayed![9]).toBe("2014-12-29");
    expect(relayed![10]).toBe("2019-11-22");
    expect(relayed![11]).toBe('Japan MOFA, "Signing, of the GSOMIA" [G-06] https://example.org/a');
    expect(blocked![8]).toBe(
      'not-in-force (hop 1): =HYPERLINK("http://evil") | third-party-rule (hop 2): no relay',
    );
    expect(blocked![9]).toBe("");
    expect(blocked![11]).toBe("");
  });

  it("quotes commas, quotes and line breaks so they survive a reader", () => {
    expect(rows[1]![7]).toBe('reported-policy: Seoul "reportedly" limits,\nwhat it sends');
  });

  it("gives a header alone for an answer without routes", () => {
    expect(toCsv({ ...ANSWER, routes: [], blocked: [] })).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
  });
});

describe("csvCell", () => {
  it("puts an apostrophe before text a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+33")).toBe("'+33");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("quotes only when needed", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("")).toBe("");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
  });
});
