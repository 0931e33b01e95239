// The geographic frame: positions follow the map, close neighbours are kept apart, organisations sit beside their
// seat, and the map is centred away from the widest stretch of longitude with no party.
import { describe, expect, it } from "vitest";
import { centralMeridian, geographicFrame } from "../../src/geo";
import { buildModel } from "../../src/model";
import { TRIANGLE, triangle } from "../view/graph/fixture";

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

  it("frames every party when the focus names none it can place", () => {
    const unplaced = geographicFrame(triangle, SIZE, ["ZZZ"]);
    expect(unplaced.positions).toEqual(frame.positions);
    expect(unplaced.projection.scale()).toBe(frame.projection.scale());
  });

  it("puts a state with no close neighbour exactly where its country projects", () => {
    // Washington is far from every other party, so keeping the gap never moves it.
    const [x, y] = frame.projection([-97, 38])!;
    expect(at("USA").x).toBeCloseTo(x, 9);
    expect(at("USA").y).toBeCloseTo(y, 9);
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
