// The reachability matrix's group names: with party names drawn, every group is named once inside its own band beside
// the rows and above the columns, short groups cut to fit and never over a neighbour; without groups, or with cells
// too small for names, the drawing is as before.
import { describe, expect, it } from "vitest";
import { reachability } from "../../../src/analysis";
import {
  fitLine,
  GROUP_BAND_MAX,
  groupLines,
  type MatrixGroup,
  matrixDrawing,
  pictureToSvg,
  type Shape,
  type TextShape,
} from "../../../src/export/pure/panels";
import { textWidth } from "../../../src/export/pure/text";
import { shell } from "../../view/fixture";

const reach = reachability(shell, "nk-missile", "2015-06-01");
const order = ["JPN", "KOR", "USA"];
/** One group of two parties with a short name, one of a single party with a name longer than any band. */
const LONG = "Americas: a region whose name is far longer than any band beside the matrix";
const GROUPS: MatrixGroup[] = [
  { label: "Asia: Eastern Asia", start: 0, count: 2 },
  { label: LONG, start: 2, count: 1 },
];

const texts = (shapes: Shape[]) => shapes.filter((s): s is TextShape => s.kind === "text");
/** The box a text covers, from its measured width and about a line's height, turned when it is rotated. */
function box(t: TextShape) {
  const w = textWidth(t.text, t.size, t.bold);
  const along = t.anchor === "end" ? [-w, 0] : t.anchor === "middle" ? [-w / 2, w / 2] : [0, w];
  if (t.rotate === -90) {
    return { x1: t.x - t.size * 0.8, x2: t.x + t.size * 0.25, y1: t.y - along[1]!, y2: t.y - along[0]! };
  }
  return { x1: t.x + along[0]!, x2: t.x + along[1]!, y1: t.y - t.size * 0.8, y2: t.y + t.size * 0.25 };
}
type Box = ReturnType<typeof box>;
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, b: Box) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

describe("group names beside party names", () => {
  const { drawing, geometry } = matrixDrawing({ model: shell, reach, order, groups: GROUPS, maxSide: 66 });
  const { left, top, cell } = geometry;
  const bold = texts(drawing.shapes).filter((t) => t.bold);
  const rows = bold.filter((t) => !t.rotate);
  const columns = bold.filter((t) => t.rotate === -90);
  const nameLeft =
    left -
    Math.max(
      ...texts(drawing.shapes)
        .filter((t) => t.anchor === "end")
        .map((t) => box(t).x2 - box(t).x1),
    );

  it("still names every party, beside the groups' bands", () => {
    expect(cell).toBe(22);
    const names = texts(drawing.shapes)
      .filter((t) => !t.bold)
      .map((t) => t.text);
    expect(names.filter((n) => n === "South Korea")).toHaveLength(2);
    for (const t of bold) expect(box(t).x2 <= nameLeft || t.rotate === -90).toBe(true);
  });

  it("names each group once within its band on the rows and on the columns", () => {
    const row = (g: MatrixGroup) => ({
      x1: 0,
      x2: nameLeft,
      y1: top + g.start * cell,
      y2: top + (g.start + g.count) * cell,
    });
    const column = (g: MatrixGroup) => ({
      x1: left + g.start * cell,
      x2: left + (g.start + g.count) * cell,
      y1: 0,
      y2: top,
    });
    for (const [shapes, band] of [
      [rows, row],
      [columns, column],
    ] as const) {
      const within = GROUPS.map((g) => shapes.filter((t) => inside(box(t), band(g))));
      // Every label shape lies inside exactly one group's band.
      expect(within.flat()).toHaveLength(shapes.length);
      expect(within[0]!.map((t) => t.text)).toEqual(["Asia: Eastern Asia"]);
      // A one-party group has one line, cut with an ellipsis, and it begins as the label does.
      expect(within[1]).toHaveLength(1);
      expect(within[1]![0]!.text).toMatch(/^Americas: a .*…$/);
      expect(textWidth(within[1]![0]!.text, 11, true)).toBeLessThanOrEqual(GROUP_BAND_MAX);
    }
  });

  it("draws no two group labels over each other, nor over a party name", () => {
    const all = texts(drawing.shapes);
    for (const a of bold)
      for (const b of all)
        if (a !== b) expect(overlap(box(a), box(b)), `${a.text} over ${b.text}`).toBe(false);
  });

  it("wraps a group's label over the rows it has before cutting it", () => {
    const { drawing: tall } = matrixDrawing({
      model: shell,
      reach,
      order,
      groups: [{ label: LONG, start: 0, count: 3 }],
      maxSide: 66,
    });
    const lines = texts(tall.shapes)
      .filter((t) => t.bold && !t.rotate)
      .map((t) => t.text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(LONG);
    for (const line of lines) expect(textWidth(line, 11, true)).toBeLessThanOrEqual(GROUP_BAND_MAX);
    const two = groupLines(LONG, 11, GROUP_BAND_MAX, 2, true);
    expect(two).toHaveLength(2);
    expect(two[0]).toBe(lines[0]);
    expect(two[1]).toMatch(/^\S.*…$/);
  });

  it("exports the same labels as SVG text", () => {
    const svg = pictureToSvg({ ...drawing, title: "matrix" });
    expect(svg.match(/>Asia: Eastern Asia</g)).toHaveLength(2);
  });
});

describe("without group names", () => {
  it("draws none when the order has no groups (by name or degree), as before", () => {
    const { drawing, geometry } = matrixDrawing({ model: shell, reach, order, maxSide: 66 });
    expect(texts(drawing.shapes).filter((t) => t.bold)).toEqual([]);
    // The names alone set the margins: the widest name, "United States", and 8 units.
    expect(geometry.left).toBe(geometry.top);
    expect(geometry.left).toBe(Math.ceil(textWidth("United States", 11) + 8));
  });

  it("keeps the old group labels alone when cells are too small for names", () => {
    const { drawing, geometry } = matrixDrawing({ model: shell, reach, order, groups: GROUPS, maxSide: 27 });
    expect(geometry.cell).toBe(9);
    // Only a group at least 13 units tall is labelled, right-aligned beside its rows, above a 16-unit top margin.
    expect(texts(drawing.shapes).map((t) => [t.text, t.bold, t.anchor, t.rotate])).toEqual([
      ["Asia: Eastern Asia", undefined, "end", undefined],
    ]);
    expect(geometry.top).toBe(16);
    expect(geometry.left).toBe(Math.ceil(textWidth(LONG, 11) + 10));
  });
});

describe("fitting a label", () => {
  it("keeps what fits, cuts what does not with an ellipsis", () => {
    expect(fitLine("Asia", 11, 100)).toBe("Asia");
    const cut = fitLine("Oceania: Australia and New Zealand", 11, 60);
    expect(cut.endsWith("…")).toBe(true);
    expect("Oceania: Australia and New Zealand".startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 11)).toBeLessThanOrEqual(60);
    expect(groupLines("Oceania: Australia and New Zealand", 11, 120, 2)).toEqual([
      "Oceania: Australia and",
      "New Zealand",
    ]);
  });
});
