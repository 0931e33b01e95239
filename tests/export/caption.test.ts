// Captions name the query in words, the date and the sources of what the image shows.
import { describe, expect, it } from "vitest";
import { captionFor, sourcesLine } from "../../src/export/pure";
import { findRoutes, type Route, type RouteAnswer } from "../../src/routing";
import { fixtureModel } from "./fixture";

describe("captionFor", () => {
  const model = fixtureModel();

  it("describes a query and its answer", () => {
    const query = { from: "KOR", to: "JPN", topic: "nk-missile", at: "2017-11-19" };
    const caption = captionFor(model, "2017-11-19", query, findRoutes(model, query));
    expect(caption.query).toBe("ROK (KOR) → Japan (JPN) · NK missiles");
    expect(caption.at).toMatch(/^As of 2017-11-19 · 2 permitted routes, \d+ blocked$/);
    expect(caption.sources).toBe("Sources: Test ministry; Test agency (fact sheet G-06, T-01)");
  });

  it("cites the permitted routes, or the blocked ones when nothing is permitted", () => {
    const query = { from: "KOR", to: "JPN", topic: "nk-missile", at: "2017-11-19" };
    const route = (status: Route["status"], publisher: string, fact: string): Route => ({
      parties: ["KOR", "JPN"],
      kind: "direct",
      status,
      hops: [{ from: "KOR", to: "JPN", agreement: "a", agreementName: "A" }],
      intermediaries: [],
      conditions: [],
      warnings: [],
      reasons: [],
      validFrom: null,
      validTo: null,
      sources: [{ id: fact, publisher, title: "t", url: "https://example.org/", grade: "A", fact }],
      agreements: [],
    });
    const answer = (routes: Route[], blocked: Route[]): RouteAnswer => ({
      query: { ...query, maxHops: 3, allowConsentRelay: false, disable: [], explain: 10 },
      routes,
      blockedTotal: blocked.length,
      blockedSummary: [],
      blocked,
    });
    const permitted = route("permitted", "Permitting ministry", "G-06");
    const blocked = route("blocked", "Blocking agency", "B-01");
    expect(captionFor(model, "2017-11-19", query, answer([permitted], [blocked])).sources).toBe(
      "Sources: Permitting ministry (fact sheet G-06)",
    );
    expect(captionFor(model, "2017-11-19", query, answer([], [blocked])).sources).toBe(
      "Sources: Blocking agency (fact sheet B-01)",
    );
  });

  it("without a query, names the dataset and cites the agreements operative on the date", () => {
    const caption = captionFor(model, "2005-01-01", null, null);
    expect(caption.query).toBe("Export fixture <three & more>");
    expect(caption.at).toBe("As of 2005-01-01 · 1 agreement operative");
    expect(caption.sources).toBe("Sources: Test ministry (fact sheet G-06)");
  });
});

describe("sourcesLine", () => {
  it("lists publishers once in order of use and fact ids sorted", () => {
    expect(
      sourcesLine([
        { publisher: "Yonhap", fact: "T-01" },
        { publisher: "Japan MOFA", fact: "G-06" },
        { publisher: "Yonhap", fact: "G-06" },
      ]),
    ).toBe("Sources: Yonhap; Japan MOFA (fact sheet G-06, T-01)");
  });

  it("says so when nothing is cited, and shortens long lists", () => {
    expect(sourcesLine([])).toBe("Sources: none cited for this view.");
    const many = Array.from({ length: 20 }, (_, i) => ({
      publisher: `P${i}`,
      fact: `G-${String(i).padStart(2, "0")}`,
    }));
    expect(sourcesLine(many)).toMatch(/^Sources: P0; P1; .*P7… \(fact sheet G-00, .*G-11…\)$/);
  });
});
