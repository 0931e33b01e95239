// The reachability matrix: senders down, receivers across, each cell coloured by the pair's best route kind (paler
// when every permitted route is qualified), with party names while cells are large enough (and the groups named in
// bands beyond them), else the groups' labels alone.
import type { Reachability, ReachPair } from "../../../analysis/types";
import { type Model, partyName } from "../../../model";
import { textWidth } from "../text";
import { BEST_COLOURS, GRID, INK, MUTED } from "./colours";
import { groupBand, groupBandShapes, type MatrixGroup } from "./matrixGroups";
import { type Drawing, framePanel, type LegendEntry } from "./panelFrame";
import type { Picture, RectShape, Shape } from "./picture";
import { pairWords, settingsWords } from "./words";

export interface MatrixGeometry {
  /** Where the first cell's top-left corner is. */
  left: number;
  top: number;
  cell: number;
  /** Party ids, in row order and column order. */
  order: string[];
}

/** Cells below this size carry no party names: the groups' labels stand in for them. */
export const NAMED_CELL = 10;

/** Every pair of the reachability by sender, then receiver. */
export function pairIndex(reach: Reachability): Map<string, Map<string, ReachPair>> {
  const index = new Map<string, Map<string, ReachPair>>();
  for (const pair of reach.pairs) {
    let row = index.get(pair.from);
    if (!row) {
      row = new Map();
      index.set(pair.from, row);
    }
    row.set(pair.to, pair);
  }
  return index;
}

/** A cell in words: "South Korea → Japan: relayed, 1 permitted route, every one with conditions or warnings". */
export function cellWords(model: Model, from: string, to: string, pair: ReachPair | undefined): string {
  const words = pairWords(model, from, to);
  if (!pair || pair.best === "none") return `${words}: no permitted route`;
  const count = `${pair.permitted} permitted route${pair.permitted === 1 ? "" : "s"}`;
  return `${words}: ${pair.best}, ${count}${pair.conditional ? ", every one with conditions or warnings" : ""}`;
}

export function cellColour(pair: ReachPair | undefined): string {
  if (!pair) return BEST_COLOURS.none.plain;
  const tones = BEST_COLOURS[pair.best];
  return pair.conditional ? tones.conditional : tones.plain;
}

export const MATRIX_LEGEND: readonly LegendEntry[] = [
  { label: "Direct", colour: BEST_COLOURS.direct.plain },
  { label: "Direct, every route qualified", colour: BEST_COLOURS.direct.conditional },
  { label: "Relayed", colour: BEST_COLOURS.relayed.plain },
  { label: "Relayed, every route qualified", colour: BEST_COLOURS.relayed.conditional },
  { label: "No permitted route", colour: BEST_COLOURS.none.plain },
];

export interface MatrixDrawingInput {
  model: Model;
  reach: Reachability;
  /** Party ids in the order to draw them (rows and columns alike). */
  order: readonly string[];
  groups?: readonly MatrixGroup[];
  /** The longest side the cells may take together. */
  maxSide: number;
  /** Tooltips per cell (skip them for large matrices: one element each). */
  titles?: boolean;
}

/** The party names' largest size (smaller in cells under 12 units), and the groups' beside them. */
export const LABEL_FONT = 11;
const GROUP_FONT = 11;

/**
 * The matrix as a drawing: cells of one size (3 to 22 units) filling at most `maxSide`, names beside rows and
 * above columns when cells are at least NAMED_CELL, with the groups named in bands beyond the names; otherwise group
 * labels beside the rows alone. Lines part the groups; the diagonal is grey. Returns the geometry so a point can be read back as a cell.
 */
export function matrixDrawing(input: MatrixDrawingInput): { drawing: Drawing; geometry: MatrixGeometry } {
  const { model, reach, order, groups = [], maxSide } = input;
  const n = order.length;
  const cell = Math.max(3, Math.min(22, Math.floor(maxSide / Math.max(1, n))));
  const named = cell >= NAMED_CELL;
  const font = Math.min(LABEL_FONT, cell - 1);
  const labels = order.map((id) => partyName(model, id));
  const labelSpace = named
    ? Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, font))) + 8)
    : Math.ceil(Math.max(0, ...groups.map((g) => textWidth(g.label, GROUP_FONT))) + 10);
  const band = named ? groupBand(groups, font) : 0;
  const left = band + labelSpace;
  const top = named ? band + labelSpace : groups.length > 0 ? 16 : 0;
  const side = n * cell;
  const shapes: Shape[] = [
    { kind: "rect", x: left, y: top, width: side, height: side, fill: BEST_COLOURS.none.plain },
  ];
  const index = pairIndex(reach);
  order.forEach((from, i) => {
    const row = index.get(from);
    shapes.push({
      kind: "rect",
      x: left + i * cell,
      y: top + i * cell,
      width: cell,
      height: cell,
      fill: GRID,
    });
    order.forEach((to, j) => {
      const pair = row?.get(to);
      if (i === j || !pair || (pair.best === "none" && !input.titles)) return;
      const rect: RectShape = {
        kind: "rect",
        x: left + j * cell,
        y: top + i * cell,
        width: cell,
        height: cell,
        fill: cellColour(pair),
      };
      if (input.titles) rect.title = cellWords(model, from, to, pair);
      shapes.push(rect);
    });
  });
  if (named) {
    labels.forEach((label, i) => {
      const middle = i * cell + cell / 2 + font * 0.35;
      shapes.push(
        { kind: "text", x: left - 4, y: top + middle, text: label, size: font, fill: INK, anchor: "end" },
        { kind: "text", x: left + middle, y: top - 4, text: label, size: font, fill: INK, rotate: -90 },
      );
    });
  }
  if (named) shapes.push(...groupBandShapes({ groups, left, top, cell, count: n, band, size: font }));
  for (const group of groups) {
    const start = group.start * cell;
    const length = group.count * cell;
    if (group.start > 0) {
      shapes.push(
        { kind: "line", x1: left, y1: top + start, x2: left + side, y2: top + start, stroke: INK, width: 1 },
        { kind: "line", x1: left + start, y1: top, x2: left + start, y2: top + side, stroke: INK, width: 1 },
      );
    }
    if (!named && length >= GROUP_FONT + 2) {
      shapes.push({
        kind: "text",
        x: left - 6,
        y: top + start + Math.min(length / 2, length - 2) + GROUP_FONT * 0.35,
        text: group.label,
        size: GROUP_FONT,
        fill: MUTED,
        anchor: "end",
      });
    }
  }
  return {
    drawing: { width: left + side, height: top + side, shapes },
    geometry: { left, top, cell, order: [...order] },
  };
}

/** The sender and receiver under a point of the drawing, or null off the cells. */
export function cellAt(geometry: MatrixGeometry, x: number, y: number): { from: string; to: string } | null {
  const { left, top, cell, order } = geometry;
  const i = Math.floor((y - top) / cell);
  const j = Math.floor((x - left) / cell);
  if (x < left || y < top || i >= order.length || j >= order.length) return null;
  return { from: order[i]!, to: order[j]! };
}

/** The matrix framed for export: topic, date and settings on top, the legend, and how it is ordered. */
export function matrixPicture(input: MatrixDrawingInput & { orderWords: string }): Picture {
  const { model, reach } = input;
  const reached = reach.pairs.filter((p) => p.best !== "none").length;
  return framePanel(matrixDrawing(input).drawing, {
    title: `Who can reach whom on ${reach.query.at}`,
    lines: [
      settingsWords(model, reach.query.topic, reach.query),
      `${reach.parties.length} parties, ${reached.toLocaleString("en")} of ${reach.pairs.length.toLocaleString("en")} ordered pairs reachable; senders down, receivers across, ${input.orderWords}`,
    ],
    legend: MATRIX_LEGEND,
  });
}
