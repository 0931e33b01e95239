// Where the parties' names go, the one rule the explorer's graph and image export share: beside their party off the
// map, on the map moved away with leader lines where crowded (for a large network only the focus parties'), clear of
// the route's hops, and all below past MAX_PLACED parties.
import { describe, expect, it } from "vitest";
import {
  labelSides,
  labelSpots,
  MAX_PLACED,
  type PartyLabel,
  partyLabels,
  placeMapLabels,
  routeLines,
} from "../../src/geo";
import { answer, route } from "../view/graph/fixture";

// Benelux and its neighbours as a map at world scale draws them: a few pixels apart.
const CROWD = [
  { id: "BEL", x: 300, y: 200, label: "Belgium" },
  { id: "NLD", x: 304, y: 188, label: "Netherlands" },
  { id: "LUX", x: 306, y: 206, label: "Luxembourg" },
  { id: "FRA", x: 290, y: 222, label: "France" },
  { id: "DEU", x: 322, y: 196, label: "Germany" },
];
const places = (labels: Map<string, PartyLabel>) =>
  Object.fromEntries([...labels].map(([id, l]) => [id, l.place === "beside" ? l.side : l.place]));

describe("partyLabels", () => {
  it("off the map, puts each name on its party's freest side, as labelSides does", () => {
    const first = new Set(["BEL"]);
    const labels = partyLabels(CROWD, { first, onMap: false, network: false });
    expect(places(labels)).toEqual(Object.fromEntries(labelSides(CROWD, first)));
    expect([...labels.values()].every((l) => l.place === "beside")).toBe(true);
  });

  it("on the map, moves crowded names away with leader lines, as placeMapLabels does", () => {
    const first = new Set(["BEL", "NLD"]);
    const labels = partyLabels(CROWD, { first, onMap: true, network: false });
    expect(labels).toEqual(placeMapLabels(CROWD, first));
    expect([...labels.values()].some((l) => l.place === "away")).toBe(true);
  });

  it("for a large network on the map moves only the focus parties' names away", () => {
    const labels = partyLabels(CROWD, { first: new Set(["BEL"]), onMap: true, network: true });
    for (const [id, label] of labels) if (id !== "BEL") expect(label.place, id).not.toBe("away");
    expect(labels.get("BEL")?.place).not.toBe("none");
  });

  it("keeps a name off a route's hop that runs under its party", () => {
    const kor = { id: "KOR", x: 0, y: 0, label: "South Korea" };
    const below = { x: 0, y: 200 };
    // Alone, the name goes below; with a hop running straight down from the party, it goes elsewhere.
    expect(places(partyLabels([kor], { first: new Set(), onMap: false, network: false }))).toEqual({
      KOR: "bottom",
    });
    const clear = partyLabels([kor], {
      first: new Set(),
      onMap: false,
      network: false,
      lines: [[{ x: 0, y: 0 }, below]],
    });
    expect(clear.get("KOR")).not.toEqual({ place: "beside", side: "bottom" });
    const onMap = partyLabels([kor], {
      first: new Set(),
      onMap: true,
      network: false,
      lines: [[{ x: 0, y: 0 }, below]],
    });
    expect(onMap.get("KOR")).not.toEqual({ place: "beside", side: "bottom" });
  });

  it("leaves every name below its party past MAX_PLACED parties, and gives nothing for no parties", () => {
    const many = Array.from({ length: MAX_PLACED + 1 }, (_, i) => ({
      id: `P${i}`,
      x: i,
      y: 0,
      label: "Party",
    }));
    const labels = partyLabels(many, { first: new Set(), onMap: true, network: true });
    expect(labels.size).toBe(MAX_PLACED + 1);
    expect(new Set([...labels.values()].map((l) => JSON.stringify(l)))).toEqual(
      new Set([JSON.stringify({ place: "beside", side: "bottom" })]),
    );
    expect(partyLabels([], { first: new Set(), onMap: true, network: false }).size).toBe(0);
  });
});

describe("labelSpots", () => {
  it("tells a route's curves where each name is: its side, its offset when moved away, or nowhere", () => {
    const spots = labelSpots(
      new Map<string, PartyLabel>([
        ["A", { place: "beside", side: "left" }],
        [
          "B",
          {
            place: "away",
            offset: { x: 40, y: -10 },
            leader: [
              { x: 0, y: 0 },
              { x: 1, y: 1 },
            ],
          },
        ],
        ["C", { place: "none" }],
      ]),
    );
    expect(spots).toEqual(
      new Map<string, unknown>([
        ["A", "left"],
        ["B", { x: 40, y: -10 }],
        ["C", null],
      ]),
    );
  });
});

describe("routeLines", () => {
  const direct = route(["KOR", "JPN"], ["gsomia"]);
  const relayed = route(["KOR", "USA", "JPN"], ["tisa", "tisa"]);
  const story = answer("2017-11-19", [direct, relayed], []);

  it("is the selected route's hops, else every permitted route's, else none", () => {
    expect(routeLines(story, relayed)).toEqual([
      ["KOR", "USA"],
      ["USA", "JPN"],
    ]);
    expect(routeLines(story, null)).toEqual([
      ["KOR", "JPN"],
      ["KOR", "USA"],
      ["USA", "JPN"],
    ]);
    expect(routeLines(null, null)).toEqual([]);
  });
});
