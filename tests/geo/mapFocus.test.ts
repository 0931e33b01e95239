// What the map is framed and centred for, the explorer's graph and the command line's image alike: the answer's
// parties, and one link per pair of parties with the answer's hops weighing most.
import { describe, expect, it } from "vitest";
import { FOCUS_WEIGHT, focusParties, mapFocus, mapLinks } from "../../src/geo";
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
