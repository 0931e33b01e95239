// The analysis panels' state: each action changes its own panel, "What depends on this?" follows the selection,
// and the panels' permalink parameters are read, checked and written.
import { describe, expect, it } from "vitest";
import {
  type ExplorerState,
  INITIAL_ANALYSIS,
  initialState,
  type KnownIds,
  parsePermalink,
  serialisePermalink,
  toPermalink,
  update,
} from "../../src/state";

const known: KnownIds = {
  parties: new Set(["KOR", "JPN", "USA"]),
  topics: new Set(["any", "nk-missile"]),
  agreements: new Set(["gsomia", "tisa"]),
};
const start = (): ExplorerState => initialState("2017-11-19", { from: "KOR", to: "JPN", topic: "any" });
const defaults = toPermalink(start());

describe("analysis actions", () => {
  it("open and close each panel without touching the others", () => {
    let s = update(start(), { type: "show-route-timeline", show: true });
    s = update(s, { type: "compare-with", at: "2014-06-01" });
    s = update(s, { type: "show-matrix", sort: "region" });
    s = update(s, { type: "show-brokers", show: true });
    expect(s.analysis).toEqual({
      routeTimeline: true,
      compareWith: "2014-06-01",
      matrix: "region",
      brokers: true,
      dependsOn: null,
    });
    s = update(s, { type: "show-matrix", sort: null });
    expect(s.analysis.matrix).toBeNull();
    expect(s.analysis.compareWith).toBe("2014-06-01");
    expect(s.query).toBeNull();
  });

  it("a matrix cell's question fills the route finder and answers it", () => {
    const s = update(
      { ...start(), route: "KOR>JPN:gsomia" },
      { type: "ask-route", from: "USA", to: "JPN", topic: "nk-missile" },
    );
    expect(s.draft).toEqual({ from: "USA", to: "JPN", topic: "nk-missile" });
    expect(s.query).toEqual({ from: "USA", to: "JPN", topic: "nk-missile" });
    expect(s.route).toBeNull();
  });

  it("keeps 'What depends on this?' only while its party or agreement stays selected", () => {
    let s = update(start(), { type: "select", selection: { type: "agreement", id: "tisa" } });
    s = update(s, { type: "ask-depends", id: "tisa" });
    expect(s.analysis.dependsOn).toBe("tisa");
    s = update(s, { type: "select", selection: { type: "agreement", id: "tisa" } });
    expect(s.analysis.dependsOn).toBe("tisa");
    s = update(s, { type: "select", selection: { type: "party", id: "USA" } });
    expect(s.analysis.dependsOn).toBeNull();
    s = update(update(s, { type: "ask-depends", id: "USA" }), {
      type: "replace-dataset",
      draft: { from: "A", to: "B", topic: "any" },
      query: null,
    });
    expect(s.analysis.dependsOn).toBeNull();
  });
});

describe("analysis permalink", () => {
  it("reads every panel's parameters", () => {
    const parsed = parsePermalink(
      "?from=KOR&to=JPN&topic=nk-missile&routetimeline=show&vs=2014-06-01&matrix=degree&brokers=show&depends=tisa",
      known,
      defaults,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.permalink.analysis).toEqual({
      routeTimeline: true,
      compareWith: "2014-06-01",
      matrix: "degree",
      brokers: true,
      dependsOn: "tisa",
    });
  });

  it("reports each bad value and keeps that panel closed", () => {
    const parsed = parsePermalink(
      "routetimeline=yes&vs=2014-13-01&matrix=size&brokers=show&depends=NOPE",
      known,
      defaults,
    );
    expect(parsed.problems).toEqual([
      "Ignored routetimeline=yes: use show or hide.",
      "Ignored vs=2014-13-01: not a date of the form YYYY-MM-DD.",
      "Ignored matrix=size: the matrix is sorted by name, region, degree.",
      "Ignored depends=NOPE: no such agreement or party in the dataset.",
    ]);
    expect(parsed.permalink.analysis).toEqual({ ...INITIAL_ANALYSIS, brokers: true });
  });

  it("writes only the open panels, after the explorer's own parameters", () => {
    const link = {
      ...defaults,
      query: { from: "KOR", to: "JPN", topic: "nk-missile" },
      analysis: { ...INITIAL_ANALYSIS, compareWith: "2014-06-01", matrix: "region" as const },
    };
    expect(serialisePermalink(link, defaults)).toBe(
      "from=KOR&to=JPN&topic=nk-missile&vs=2014-06-01&matrix=region",
    );
    expect(serialisePermalink(defaults, defaults)).toBe("");
  });
});
