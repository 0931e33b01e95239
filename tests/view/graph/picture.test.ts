// A network's links read from its backdrop edges: the same links, in the same order and with the same weights, as
// the core's mapLinks works out from every agreement's pairs.
import { describe, expect, it } from "vitest";
import { mapLinks } from "../../../src/geo";
import { buildModel, type Day } from "../../../src/model";
import { backdropBuilt, backdropEdges } from "../../../src/view/graph/backdropEdges";
import { networkLinks, pictureOf, viewFocus } from "../../../src/view/graph/picture";
import { syntheticWorld } from "../../support/syntheticWorld";
import { answer, route, triangle } from "./fixture";

describe("networkLinks", () => {
  const world = buildModel(syntheticWorld({ parties: 40, agreements: 300, seed: 5 }));

  for (const [at, hideInactive] of [
    ["1985-03-01", true],
    ["1995-06-15", false],
    ["2020-01-01", true],
  ] as [Day, boolean][])
    it(`gives mapLinks' links on ${at}${hideInactive ? ", agreements not in force hidden" : ""}`, () => {
      const focus = { model: world, at, answer: null, hideInactive };
      const links = networkLinks(backdropEdges(world, at, hideInactive, new Set()), focus);
      expect(links.length).toBeGreaterThan(0);
      expect(links).toEqual(mapLinks(focus));
    });

  it("weighs the answer's and the selected route's hops as mapLinks does, adding those the backdrop lacks", () => {
    const at = "2020-01-01" as Day;
    const permitted = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);
    // A hop between parties no agreement of the fixture joins: a link of its own.
    const selected = route(["KOR", "GBR", "JPN"], ["ukusa", "ukusa"]);
    const focus = { model: triangle, at, answer: answer(at, [permitted], []), selected, hideInactive: true };
    const links = networkLinks(backdropEdges(triangle, at, true, new Set()), focus);
    expect(
      links
        .filter((l) => l.weight > 1)
        .map((l) => [l.a, l.b].sort().join("-"))
        .sort(),
    ).toEqual(["GBR-JPN", "GBR-KOR", "JPN-USA", "KOR-USA"]);
    expect(links).toEqual(mapLinks(focus));
  });

  it("is what a network's picture gives as its links", () => {
    const at = "1995-06-15" as Day;
    const focus = { model: world, at, answer: null, hideInactive: false };
    const backdrop = backdropEdges(world, at, false, new Set());
    expect(pictureOf([...backdrop], focus).links()).toEqual(mapLinks(focus));
  });
});

describe("backdropBuilt", () => {
  it("says whether a model's backdrop was built, which a new network's first render waits for", () => {
    const model = buildModel(syntheticWorld({ parties: 12, agreements: 30, seed: 9 }));
    expect(backdropBuilt(model)).toBe(false);
    backdropEdges(model, "2000-01-01" as Day, true, new Set());
    expect(backdropBuilt(model)).toBe(true);
  });
});

describe("viewFocus", () => {
  const at = "2020-01-01" as Day;
  const direct = route(["KOR", "JPN"], ["gsomia"]);
  const relay = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);
  const blocked = route(["KOR", "GBR", "JPN"], ["ukusa", "ukusa"], "blocked");
  const base = { model: triangle, at, answer: answer(at, [direct, relay], [blocked]), hideInactive: true };

  it("frames the selected route's parties alone, so a short route gets a map of its own region", () => {
    expect(viewFocus({ ...base, selected: direct }).sort()).toEqual(["JPN", "KOR"]);
    expect(viewFocus({ ...base, selected: relay }).sort()).toEqual(["JPN", "KOR", "USA"]);
  });

  it("frames every permitted route without a selection, and the blocked candidates drawn with them", () => {
    expect(viewFocus(base).sort()).toEqual(["JPN", "KOR", "USA"]);
    expect(viewFocus({ ...base, selected: direct, blocked: [blocked] }).sort()).toEqual([
      "GBR",
      "JPN",
      "KOR",
      "USA",
    ]);
    expect(viewFocus({ ...base, answer: null, selected: direct })).toEqual([]);
  });
});
