// What the map is framed and centred for, the explorer's graph and the command line's image alike: the answer's
// parties, and one link per pair of parties with the answer's hops weighing most.
import { describe, expect, it } from "vitest";
import {
  FOCUS_WEIGHT,
  focusParties,
  framedBlocked,
  geographicFrame,
  MAX_FRAMED_BLOCKED,
  mapFocus,
  mapLinks,
} from "../../src/geo";
import { answer, route, triangle } from "../view/graph/fixture";

const direct = route(["KOR", "JPN"], ["gsomia"]);
const relayed = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);
const story = answer("2017-11-19", [direct, relayed], []);
const base = { model: triangle, at: "2017-11-19", answer: story, hideInactive: false };
const pair = (a: string, b: string) => [a, b].sort().join("-");
const weights = (links: { a: string; b: string; weight: number }[]) =>
  Object.fromEntries(links.map((l) => [pair(l.a, l.b), l.weight]));

describe("focusParties", () => {
  it("frames the query's ends and the permitted routes' parties, whichever of them is selected", () => {
    expect(focusParties(base)).toEqual(["KOR", "JPN", "USA"]);
    expect(focusParties({ ...base, selected: direct })).toEqual(["KOR", "JPN", "USA"]);
    expect(focusParties({ ...base, selected: relayed })).toEqual(["KOR", "JPN", "USA"]);
  });

  it("adds a selected blocked route's parties and the blocked candidates drawn", () => {
    const viaLondon = route(["KOR", "GBR", "JPN"], ["ukusa", "ukusa"], "blocked");
    const blocked = answer("2017-11-19", [direct], [viaLondon]);
    expect(focusParties({ ...base, answer: blocked })).toEqual(["KOR", "JPN"]);
    expect(focusParties({ ...base, answer: blocked, selected: viaLondon })).toEqual(["KOR", "JPN", "GBR"]);
    expect(focusParties({ ...base, answer: blocked, blocked: [viaLondon] })).toEqual(["KOR", "JPN", "GBR"]);
  });

  it("frames nothing (meaning every party) without an answer", () => {
    expect(focusParties({ ...base, answer: null })).toEqual([]);
  });
});

// 1 June 2014: TISA is signed but not in force, GSOMIA not yet signed; nothing is permitted from Seoul to Tokyo.
const notInForce = [{ code: "not-in-force" as const, hop: 0, message: "TISA is not in force" }];
const tisaBlocked = route(["KOR", "USA", "JPN"], ["tisa", "tisa"], "blocked", notInForce);
const gsomiaBlocked = route(["KOR", "JPN"], ["gsomia"], "blocked", notInForce);
const viaLondon = route(["KOR", "GBR", "JPN"], ["ukusa", "ukusa"], "blocked");
const viaLondonAndNato = route(["KOR", "GBR", "NATO", "JPN"], ["ukusa", "ukusa", "japan-nato"], "blocked");
const june2014 = {
  ...base,
  at: "2014-06-01",
  answer: answer("2014-06-01", [], [gsomiaBlocked, tisaBlocked]),
};
const VIEW = { width: 640, height: 400 };
const inView = (p: { x: number; y: number } | undefined) =>
  p !== undefined && p.x >= 0 && p.x <= VIEW.width && p.y >= 0 && p.y <= VIEW.height;

describe("the frame of a blocked selection (1 June 2014, TISA not yet in force)", () => {
  it("brings the selected blocked relay's intermediary into the focus and the view", () => {
    expect(focusParties(june2014)).toEqual(["KOR", "JPN"]);
    expect(focusParties({ ...june2014, selected: tisaBlocked })).toEqual(["KOR", "JPN", "USA"]);
    const framed = geographicFrame(triangle, VIEW, mapFocus({ ...june2014, selected: tisaBlocked }));
    for (const id of ["KOR", "JPN", "USA"]) expect(inView(framed.positions.get(id)), id).toBe(true);
    // Framed on Seoul and Tokyo alone, Washington is far off the view.
    expect(inView(geographicFrame(triangle, VIEW, mapFocus(june2014)).positions.get("USA"))).toBe(false);
  });

  it("brings the intermediaries of the blocked candidates drawn, and weighs their hops as the answer's", () => {
    const shown = { ...june2014, blocked: [gsomiaBlocked, tisaBlocked, viaLondonAndNato] };
    expect(focusParties(shown)).toEqual(["KOR", "JPN", "USA", "GBR", "NATO"]);
    const w = weights(mapLinks(shown));
    expect(w["KOR-USA"]).toBe(FOCUS_WEIGHT);
    expect(w["GBR-NATO"]).toBe(FOCUS_WEIGHT);
    expect(w["JPN-NATO"]).toBe(FOCUS_WEIGHT);
  });

  it("leaves out the parties drawn only as context, and their lines weigh as the network's", () => {
    // London and NATO are joined to the answer's parties by UKUSA and Japan–NATO, drawn as context only.
    const focus = focusParties({ ...june2014, selected: tisaBlocked, blocked: [gsomiaBlocked] });
    expect(focus).not.toContain("GBR");
    expect(focus).not.toContain("NATO");
    const w = weights(mapLinks({ ...june2014, selected: tisaBlocked }));
    expect(w["GBR-USA"]).toBe(1);
    expect(w["JPN-NATO"]).toBe(1);
    expect(w["KOR-USA"]).toBe(FOCUS_WEIGHT);
  });
});

describe("framedBlocked", () => {
  it("frames every blocked candidate drawn up to MAX_FRAMED_BLOCKED", () => {
    const some = [viaLondonAndNato, gsomiaBlocked, viaLondon];
    expect(framedBlocked(some)).toEqual(some);
    expect(MAX_FRAMED_BLOCKED).toBe(12);
  });

  it("frames only the shortest of very many, in their order, so a far three-hop relay stays out of the focus", () => {
    const relays = Array.from({ length: 11 }, () =>
      route(["KOR", "USA", "JPN"], ["tisa", "tisa"], "blocked"),
    );
    const many = [viaLondonAndNato, ...relays, gsomiaBlocked];
    const framed = framedBlocked(many);
    expect(framed).toHaveLength(12);
    expect(framed[0]).toBe(gsomiaBlocked);
    expect(framed).not.toContain(viaLondonAndNato);
    expect(focusParties({ ...june2014, blocked: many })).toEqual(["KOR", "JPN", "USA"]);
    // The selected route is framed however many candidates are drawn.
    expect(focusParties({ ...june2014, blocked: many, selected: viaLondonAndNato })).toEqual([
      "KOR",
      "JPN",
      "GBR",
      "NATO",
      "USA",
    ]);
  });
});

describe("mapLinks", () => {
  it("gives one link per pair of parties, the permitted routes' hops weighing most", () => {
    const links = mapLinks(base);
    expect(links).toHaveLength(new Set(links.map((l) => pair(l.a, l.b))).size);
    const w = weights(links);
    expect(w["JPN-KOR"]).toBe(FOCUS_WEIGHT);
    expect(w["KOR-USA"]).toBe(FOCUS_WEIGHT);
    expect(w["JPN-USA"]).toBe(FOCUS_WEIGHT);
    // The triangle's other pairs (GBR with the United States under UKUSA) count once, as the network drawn.
    expect(w["GBR-USA"]).toBe(1);
    expect(Object.values(w).filter((weight) => weight === 1).length).toBeGreaterThan(0);
  });

  it("weighs only the network without an answer, and leaves out pairs whose agreements are not in force when those are hidden", () => {
    expect(Object.values(weights(mapLinks({ ...base, answer: null }))).every((w) => w === 1)).toBe(true);
    // In 2010 neither GSOMIA (2016) nor TISA (2014) is in force: Seoul and Tokyo have no drawn link.
    const early = { ...base, at: "2010-01-01", answer: null };
    expect(weights(mapLinks(early))["JPN-KOR"]).toBe(1);
    expect(weights(mapLinks({ ...early, hideInactive: true }))["JPN-KOR"]).toBeUndefined();
  });

  it("is what mapFocus gives with the focus, for geographicFrame", () => {
    expect(mapFocus(base)).toEqual({ focus: focusParties(base), links: mapLinks(base) });
  });
});
