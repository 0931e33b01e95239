// The geographic frame: positions follow the map and are never moved off it, organisations sit beside their seat,
// and the map is centred so that the links drawn cross its edge as little as they can.
import { describe, expect, it } from "vitest";
import { centralMeridian, geographicFrame, unplacedParties } from "../../src/geo";
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

  // Washington -97, London -2, Seoul 127.5: three stretches with no party, the Atlantic (-97 to -2), Eurasia (-2 to
  // 127.5) and the Pacific (127.5 east to -97). The map's edge (its cut) is the meridian opposite its centre.
  const places = [-97, -2, 127.5];
  const cutOf = (centre: number) => ((centre + 360) % 360) - 180;

  it("with no links cuts the widest empty stretch: the Pacific, so the map is centred on Europe", () => {
    expect(centralMeridian(places)).toBeCloseTo(15.25, 6);
  });

  it("never cuts a link it can keep whole: London–Washington and Seoul–Washington leave only Eurasia to cut", () => {
    const cut = cutOf(
      centralMeridian(places, [
        { a: -2, b: -97, weight: 1 },
        { a: 127.5, b: -97, weight: 1 },
      ]),
    );
    expect(cut).toBeGreaterThan(-2);
    expect(cut).toBeLessThan(127.5);
  });

  it("when every cut loses a link, keeps the heavy one whole and loses the cheapest light one", () => {
    // Seoul–Washington is the route (heavy); London–Washington would go 170 degrees the long way, London–Seoul 101.
    const cut = cutOf(
      centralMeridian(places, [
        { a: -2, b: -97, weight: 1 },
        { a: -2, b: 127.5, weight: 1 },
        { a: 127.5, b: -97, weight: 100 },
      ]),
    );
    expect(cut).toBeGreaterThan(-2);
    expect(cut).toBeLessThan(127.5);
    // With all three light, the cheapest loss wins: Seoul–Washington goes only 89 degrees the long way.
    const light = cutOf(
      centralMeridian(places, [
        { a: -2, b: -97, weight: 1 },
        { a: -2, b: 127.5, weight: 1 },
        { a: 127.5, b: -97, weight: 1 },
      ]),
    );
    expect(light < -97 || light > 127.5).toBe(true);
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

  it("puts every state exactly where its country projects, however close its neighbours", () => {
    for (const [id, lng, lat] of [
      ["KOR", 127.5, 37],
      ["JPN", 138, 36],
      ["GBR", -2, 54],
    ] as const) {
      const [x, y] = frame.projection([lng, lat])!;
      expect(at(id).x).toBeCloseTo(x, 9);
      expect(at(id).y).toBeCloseTo(y, 9);
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
    const framed = geographicFrame(triangle, SIZE, { focus: ["KOR", "JPN"] });
    expect(distance(framed.positions.get("KOR")!, framed.positions.get("JPN")!)).toBeGreaterThan(whole * 3);
  });

  it("frames every party when the focus names none it can place", () => {
    const unplaced = geographicFrame(triangle, SIZE, { focus: ["ZZZ"] });
    expect(unplaced.positions).toEqual(frame.positions);
    expect(unplaced.projection.scale()).toBe(frame.projection.scale());
  });

  it("puts a state with no close neighbour exactly where its country projects", () => {
    // Washington is far from every other party, so keeping the gap never moves it.
    const [x, y] = frame.projection([-97, 38])!;
    expect(at("USA").x).toBeCloseTo(x, 9);
    expect(at("USA").y).toBeCloseTo(y, 9);
  });

  it("lists parties with no known place instead of inventing one", () => {
    const model = buildModel({
      ...TRIANGLE,
      agreements: [],
      parties: [
        { id: "ZZZ", kind: "state", name: "Nowhere", sources: ["s1"] },
        { id: "KOR", kind: "state", name: "Republic of Korea", sources: ["s1"] },
        { id: "ORG", kind: "organisation", name: "Seatless", sources: ["s1"] },
      ],
    });
    const placed = geographicFrame(model, SIZE);
    expect(placed.unplaced).toEqual(["ZZZ", "ORG"]);
    expect([...placed.positions.keys()]).toEqual(["KOR"]);
    expect(unplacedParties(model)).toEqual(["ZZZ", "ORG"]);
  });
});
