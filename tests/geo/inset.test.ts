// The inset's geometry: the region that enlarges a few close points, the corner boxes, and where a leader leaves a box.
import { describe, expect, it } from "vitest";
import { boxesMeet, cornerBoxes, edgeToward, magnifiedView } from "../../src/geo";

const SEOUL = { x: 100, y: 200 };
const TOKYO = { x: 140, y: 205 };

describe("magnifiedView", () => {
  it("enlarges two close points as far as the box and its padding allow, centred on them", () => {
    const view = magnifiedView(
      [SEOUL, TOKYO],
      { width: 300, height: 180 },
      { x: 60, y: 40 },
      { min: 1.5, max: 10 },
    );
    // (300 - 120) / 40 across and (180 - 80) / 5 down: the width decides.
    expect(view?.zoom).toBeCloseTo(4.5);
    expect(view?.region).toEqual({ x1: 120 - 300 / 9, y1: 202.5 - 20, x2: 120 + 300 / 9, y2: 202.5 + 20 });
  });

  it("caps the zoom, and gives none when the points would not be enlarged enough", () => {
    const one = magnifiedView(
      [SEOUL, { x: 101, y: 200 }],
      { width: 300, height: 180 },
      { x: 60, y: 40 },
      { min: 1.5, max: 10 },
    );
    expect(one?.zoom).toBe(10);
    const far = magnifiedView(
      [SEOUL, { x: 400, y: 200 }],
      { width: 300, height: 180 },
      { x: 60, y: 40 },
      { min: 1.5, max: 10 },
    );
    expect(far).toBeNull();
    expect(
      magnifiedView([], { width: 300, height: 180 }, { x: 60, y: 40 }, { min: 1.5, max: 10 }),
    ).toBeNull();
  });
});

describe("cornerBoxes, boxesMeet, edgeToward", () => {
  it("lists the four corners, bottom left first, inside the area's margin", () => {
    const area = { x1: 0, y1: 0, x2: 800, y2: 500 };
    expect(cornerBoxes(area, { width: 200, height: 100 }, 10)).toEqual([
      { x1: 10, y1: 390, x2: 210, y2: 490 },
      { x1: 590, y1: 390, x2: 790, y2: 490 },
      { x1: 10, y1: 10, x2: 210, y2: 110 },
      { x1: 590, y1: 10, x2: 790, y2: 110 },
    ]);
  });

  it("tells boxes that meet, or come within a gap", () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(boxesMeet(a, { x1: 5, y1: 5, x2: 20, y2: 20 })).toBe(true);
    expect(boxesMeet(a, { x1: 15, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(boxesMeet(a, { x1: 15, y1: 0, x2: 20, y2: 10 }, 6)).toBe(true);
  });

  it("finds where a line towards a point leaves a box", () => {
    const box = { x1: 0, y1: 0, x2: 100, y2: 50 };
    expect(edgeToward(box, { x: 300, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(edgeToward(box, { x: 50, y: -100 })).toEqual({ x: 50, y: 0 });
    expect(edgeToward(box, { x: 60, y: 30 })).toEqual({ x: 60, y: 30 });
  });
});
