// The words around a picture: the question as title, the answer in words with routes numbered, and the sources of
// the routes drawn, publisher and date, taken in turn from every route.
import { describe, expect, it } from "vitest";
import { answerWords, captionFor, longDate, routeWords, sourceEntries } from "../../src/export/pure";
import { possessive, withArticle } from "../../src/model";
import { findRoutes } from "../../src/routing";
import { fixtureModel, STORY } from "./fixture";

const model = fixtureModel();

describe("captionFor", () => {
  it("titles the question and says the answer in words, routes numbered as the picture numbers them", () => {
    const answer = findRoutes(model, STORY);
    const caption = captionFor(model, STORY.at, answer, answer.routes);
    expect(caption.title).toBe("South Korea → Japan · NK missiles · 19 November 2017");
    expect(caption.subtitle).toBe(
      "2 permitted routes: (1) direct under Japan–ROK GSOMIA; (2) relayed via the United States under TISA, with South Korea's approval.",
    );
    expect(caption.dataset).toBe("Export fixture <three & more>");
    expect(caption.permalink).toBeUndefined();
    expect(captionFor(model, STORY.at, answer, [], "https://example.org/?a=1").permalink).toBe(
      "https://example.org/?a=1",
    );
  });

  it("cites the sources of the routes drawn, and only those", () => {
    const answer = findRoutes(model, STORY);
    const [direct, relay] = answer.routes;
    expect(captionFor(model, STORY.at, answer, [direct!]).sources.map((e) => e.text)).toEqual([
      "Test ministry, 2016-11-23",
    ]);
    expect(captionFor(model, STORY.at, answer, [relay!]).sources.map((e) => e.text)).toEqual(["Test agency"]);
    expect(captionFor(model, STORY.at, answer, [direct!, relay!]).sources).toEqual([
      { text: "Test ministry, 2016-11-23", count: 1 },
      { text: "Test agency", count: 1 },
    ]);
  });

  it("says why there is no route: the dataset's coverage and the blocked candidates by reason", () => {
    const answer = findRoutes(model, { ...STORY, topic: "china-military" });
    expect(answer.routes).toEqual([]);
    const words = answerWords(model, answer);
    expect(words).toMatch(/^No permitted route in this dataset\. It may be incomplete: /);
    expect(words).toMatch(/\d+ candidates? blocked: \d+ by /);
  });

  it("counts every blocked candidate by reason, whether or not the answer lists it", () => {
    const query = { ...STORY, topic: "china-military" };
    const every = findRoutes(model, query, { explain: "all" });
    const none = findRoutes(model, query, { explain: 0 });
    expect(none.blocked).toEqual([]);
    const n = every.blocked.length;
    expect(n).toBeGreaterThan(1);
    expect(answerWords(model, none)).toBe(answerWords(model, every));
    const counts = new Map<string, number>();
    for (const route of every.blocked)
      for (const code of new Set(route.reasons.map((r) => r.code)))
        counts.set(code, (counts.get(code) ?? 0) + 1);
    const overlap = [...counts.values()].reduce((a, b) => a + b, 0) > n;
    expect(answerWords(model, none)).toContain(`${n} candidates blocked: `);
    expect(answerWords(model, none).endsWith(overlap ? " (some for several reasons)." : ".")).toBe(true);
    expect(answerWords(model, none)).toContain(
      `${counts.get("out-of-scope")} by a topic outside an agreement's scope`,
    );
  });

  it("without an answer, titles the dataset and counts the agreements operative on the date", () => {
    const caption = captionFor(model, "2017-11-19", null, []);
    expect(caption.title).toBe("Export fixture <three & more> · 19 November 2017");
    expect(caption.subtitle).toBe("2 agreements operative among 4 parties.");
  });
});

describe("words", () => {
  it("writes dates long and places with their article", () => {
    expect(longDate("2017-11-19")).toBe("19 November 2017");
    expect(longDate("2023-01-05")).toBe("5 January 2023");
    expect(["United States", "Netherlands", "Japan", "NATO", "European Union"].map(withArticle)).toEqual([
      "the United States",
      "the Netherlands",
      "Japan",
      "NATO",
      "the European Union",
    ]);
    expect(["Japan", "the United States", "the Philippines"].map(possessive)).toEqual([
      "Japan's",
      "the United States'",
      "the Philippines'",
    ]);
  });

  it("names a route's conditions and the warnings that change its meaning", () => {
    const relay = findRoutes(model, STORY).routes[1]!;
    expect(routeWords(model, relay)).toBe(
      "relayed via the United States under TISA, with South Korea's approval",
    );
    const pending = {
      ...relay,
      conditions: [],
      warnings: [{ code: "termination-pending" as const, message: "" }],
    };
    expect(routeWords(model, pending)).toBe("relayed via the United States under TISA, termination pending");
  });
});

describe("sourceEntries", () => {
  it("takes sources in turn from each route, best grade first, one entry per publisher with its dates", () => {
    const s = (id: string, publisher: string, grade: "A" | "B" | "C") => ({ id, publisher, grade });
    const first = [s("x1", "Paper (wire copy)", "C"), s("x2", "Ministry", "A"), s("x3", "Paper", "B")];
    const second = [s("y1", "Agency", "B")];
    expect(sourceEntries(model, [first, second]).map((e) => e.text)).toEqual(["Ministry", "Agency", "Paper"]);
    expect(sourceEntries(model, [first, second]).find((e) => e.text === "Paper")!.count).toBe(2);
    expect(sourceEntries(model, [])).toEqual([]);
  });
});
