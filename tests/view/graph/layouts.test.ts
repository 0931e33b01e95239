// The geographic frame and label placement: positions follow the map, close neighbours are kept apart, organisations
// sit beside their seat, and labels of close nodes point away from each other.
import { describe, expect, it } from "vitest";
import { buildModel } from "../../../src/model";
import {
  centralMeridian,
  crowding,
  geographicFrame,
  labelOffset,
  labelSides,
  opposeEnds,
  spreadToFill,
} from "../../../src/view/graph/layouts";
import { TRIANGLE, triangle } from "./fixture";

const SIZE = { width: 900, height: 600 };
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("centralMeridian", () => {
  it("centres the map opposite the widest stretch of longitude with no party", () => {
    // Seoul 127.5, Tokyo 138, Washington -97: the widest empty stretch runs from -97 east to 127.5 (224.5 degrees),
    // so the map is cut at its middle (15.25) and centred on the antimeridian side of it.
    expect(centralMeridian([127.5, 138, -97])).toBeCloseTo(-164.75, 6);
    expect(centralMeridian([])).toBe(0);
  });
});

describe("geographicFrame", () => {
  const frame = geographicFrame(triangle, SIZE);
  const at = (id: string) => frame.positions.get(id)!;

  it("places every party, states where their countries are", () => {
    expect([...frame.positions.keys()].sort()).toEqual(["GBR", "JPN", "KOR", "NATO", "USA"]);
    // Tokyo lies east of Seoul; London north of Washington.
    expect(at("JPN").x).toBeGreaterThan(at("KOR").x);
    expect(at("GBR").y).toBeLessThan(at("USA").y);
  });

  it("keeps every pair of nodes at least the minimum gap apart", () => {
    const all = [...frame.positions.values()];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++)
        expect(distance(all[i]!, all[j]!)).toBeGreaterThanOrEqual(63.9);
    }
  });

  it("puts an organisation beside its seat's country, not on it", () => {
    const brussels = frame.projection([4, 50.83333333])!;
    const nato = at("NATO");
    const off = distance(nato, { x: brussels[0], y: brussels[1] });
    expect(off).toBeGreaterThan(10);
    expect(off).toBeLessThan(120);
  });

  it("spreads the focus parties over the view: Seoul and Tokyo move apart when framed alone", () => {
    const whole = distance(at("KOR"), at("JPN"));
    const framed = geographicFrame(triangle, SIZE, ["KOR", "JPN"]);
    expect(distance(framed.positions.get("KOR")!, framed.positions.get("JPN")!)).toBeGreaterThan(whole * 3);
  });

  it("is deterministic", () => {
    expect(geographicFrame(triangle, SIZE).positions).toEqual(frame.positions);
  });

  it("lines up parties with no known place along the bottom instead of failing", () => {
    const model = buildModel({
      ...TRIANGLE,
      agreements: [],
      parties: [{ id: "ZZZ", kind: "state", name: "Nowhere", sources: ["s1"] }],
    });
    const placed = geographicFrame(model, SIZE).positions.get("ZZZ")!;
    expect(Number.isFinite(placed.x) && Number.isFinite(placed.y)).toBe(true);
    expect(placed.y).toBeGreaterThan(SIZE.height / 2);
  });
});

describe("labelSides", () => {
  it("puts a lone node's label below it", () => {
    expect(labelSides([{ id: "USA", x: 0, y: 0, label: "United States" }])).toEqual(
      new Map([["USA", "bottom"]]),
    );
  });

  it("points the labels of two close neighbours away from each other", () => {
    const sides = labelSides(
      [
        { id: "KOR", x: 0, y: 0, label: "South Korea" },
        { id: "JPN", x: 60, y: 4, label: "Japan" },
      ],
      new Set(["KOR", "JPN"]),
    );
    // Below both would overlap (the labels are wider than the gap); Seoul keeps the bottom, Tokyo goes right.
    expect(sides).toEqual(
      new Map([
        ["KOR", "bottom"],
        ["JPN", "right"],
      ]),
    );
  });

  it("gives an empty map for no nodes", () => {
    expect(labelSides([]).size).toBe(0);
  });
});

describe("spreadToFill", () => {
  const points = new Map([
    ["a", { x: 0, y: 0 }],
    ["b", { x: 100, y: 0 }],
    ["c", { x: 50, y: 100 }],
  ]);

  it("scales a small picture up to the canvas less the margin, centred", () => {
    const out = spreadToFill(points, { width: 500, height: 300 }, { x: 50, y: 50 });
    // Room 400 × 200 for a 100 × 100 picture: 2× evenly, and x may stretch to 2 × 1.35 = 2.7 (< 4).
    expect(out.get("a")).toEqual({ x: 250 - 50 * 2.7, y: 50 });
    expect(out.get("b")).toEqual({ x: 250 + 50 * 2.7, y: 50 });
    expect(out.get("c")).toEqual({ x: 250, y: 250 });
  });

  it("never shrinks a picture larger than the canvas, only centres it", () => {
    const big = new Map([
      ["a", { x: -1000, y: 0 }],
      ["b", { x: 1000, y: 10 }],
    ]);
    const out = spreadToFill(big, { width: 400, height: 400 }, { x: 0, y: 0 });
    expect(out.get("b")!.x - out.get("a")!.x).toBe(2000);
    // The flat side may still stretch by up to 1.35: y runs 0..10 about 5, so "a" lands 5 × 1.35 above the middle.
    expect(out.get("a")).toEqual({ x: -800, y: 200 - 5 * 1.35 });
  });

  it("puts a single point at the centre and gives nothing for nothing", () => {
    expect(spreadToFill(new Map([["a", { x: 7, y: 9 }]]), { width: 200, height: 100 })).toEqual(
      new Map([["a", { x: 100, y: 50 }]]),
    );
    expect(spreadToFill(new Map(), { width: 200, height: 100 }).size).toBe(0);
  });
});

describe("opposeEnds", () => {
  const centre = { x: 0, y: 0 };
  const near = (p: { x: number; y: number }, q: { x: number; y: number }) => {
    expect(p.x).toBeCloseTo(q.x, 6);
    expect(p.y).toBeCloseTo(q.y, 6);
  };

  it("turns the receiver's ring so it faces the sender across the centre", () => {
    // Sender on the inner ring at the top, receiver and its ring-mate on the outer ring, both above: a relay at the
    // centre would have its two hops on one line.
    const points = new Map([
      ["HUB", { x: 0, y: 0 }],
      ["KOR", { x: 0, y: -50 }],
      ["JPN", { x: 0, y: -100 }],
      ["GBR", { x: 100, y: 0 }],
    ]);
    const out = opposeEnds(points, centre, "KOR", "JPN");
    near(out.get("JPN")!, { x: 0, y: 100 });
    // The ring turned by half a turn as a whole.
    near(out.get("GBR")!, { x: -100, y: 0 });
    near(out.get("KOR")!, { x: 0, y: -50 });
    near(out.get("HUB")!, { x: 0, y: 0 });
  });

  it("swaps the receiver with the point of the sender's ring nearest the far side", () => {
    const points = new Map([
      ["KOR", { x: 0, y: -50 }],
      ["JPN", { x: 50, y: 0 }],
      ["USA", { x: 0, y: 50 }],
      ["GBR", { x: -50, y: 0 }],
    ]);
    const out = opposeEnds(points, centre, "KOR", "JPN");
    expect(out.get("JPN")).toEqual({ x: 0, y: 50 });
    expect(out.get("USA")).toEqual({ x: 50, y: 0 });
    expect(out.get("GBR")).toEqual({ x: -50, y: 0 });
  });

  it("leaves the points as they are when an end is missing or at the centre", () => {
    const points = new Map([
      ["KOR", { x: 0, y: 0 }],
      ["JPN", { x: 0, y: -80 }],
    ]);
    expect(opposeEnds(points, centre, "KOR", "JPN")).toEqual(points);
    expect(opposeEnds(points, centre, "KOR", "ZZZ")).toEqual(points);
  });
});

describe("labelOffset", () => {
  it("puts a level label beside a vertical edge by half its width, above a horizontal one by half its height", () => {
    // Downwards, the left of travel is +x on screen; eastwards, the left is up (-y).
    const down = labelOffset(0, 100, 1, 120, 18, 4);
    expect(down.x).toBeCloseTo(64, 6);
    expect(down.y).toBeCloseTo(0, 6);
    const east = labelOffset(100, 0, 1, 120, 18, 4);
    expect(east.x).toBeCloseTo(0, 6);
    expect(east.y).toBeCloseTo(-13, 6);
    const west = labelOffset(100, 0, -1, 120, 18, 4);
    expect(west.y).toBeCloseTo(13, 6);
  });

  it("keeps the whole box clear of a diagonal line", () => {
    const [w, h, gap] = [100, 20, 4];
    const off = labelOffset(100, 100, 1, w, h, gap);
    // Distance from the line y = x to the nearest corner of the box centred at `off`.
    const corners = [-1, 1].flatMap((sx) =>
      [-1, 1].map((sy) => [off.x + (sx * w) / 2, off.y + (sy * h) / 2]),
    );
    const nearest = Math.min(...corners.map(([x, y]) => Math.abs(x! - y!) / Math.SQRT2));
    expect(nearest).toBeCloseTo(gap, 6);
    expect(corners.every(([x, y]) => x! > y!)).toBe(true);
  });
});

describe("crowding", () => {
  const nodes = [{ id: "USA", x: 100, y: 100, label: "United States" }];

  it("is zero for a free place and counts a node and its label", () => {
    expect(crowding({ x1: 0, y1: 0, x2: 20, y2: 20 }, nodes, new Map())).toBe(0);
    // The node box is 22 wide: a box over its right half overlaps 11 × 22 of it.
    expect(crowding({ x1: 100, y1: 89, x2: 111, y2: 95 }, nodes, new Map())).toBeCloseTo(66, 6);
    // Below the node is its label's place by default.
    expect(crowding({ x1: 90, y1: 120, x2: 110, y2: 130 }, nodes, new Map())).toBeGreaterThan(0);
    expect(crowding({ x1: 90, y1: 120, x2: 110, y2: 130 }, nodes, new Map([["USA", "top"]]))).toBe(0);
    expect(crowding({ x1: 100, y1: 89, x2: 111, y2: 95 }, nodes, new Map(), new Set(["USA"]))).toBe(0);
  });
});
