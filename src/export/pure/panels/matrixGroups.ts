// The reachability matrix's group names beside the party names: a band left of the row names and one above the
// column names, each group's label wrapped across its rows (or columns) and cut with an ellipsis where they cannot
// hold it, so a one-party group keeps one line inside its own cell's height and never runs into its neighbours.
import { textWidth, wrapText } from "../text";
import { GRID, MUTED } from "./colours";
import type { Shape } from "./picture";

/** A run of consecutive parties in the matrix's order that share a label (a region). */
export interface MatrixGroup {
  label: string;
  start: number;
  count: number;
}

/** A group band is as wide as its longest label, up to this many units; longer labels wrap or are cut. */
export const GROUP_BAND_MAX = 142;
const PAD = 4;
const ELLIPSIS = "…";

/** `text` if it fits `width`, else its longest prefix that fits with an ellipsis ("Oceania: Austral…"). */
export function fitLine(text: string, size: number, width: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = Array.from(text);
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = `${chars.slice(0, n).join("").trimEnd()}${ELLIPSIS}`;
    if (textWidth(cut, size, bold) <= width) return cut;
  }
  return ELLIPSIS;
}

/** `label` in at most `maxLines` lines no wider than `width`, the last one cut with an ellipsis if need be. */
export function groupLines(
  label: string,
  size: number,
  width: number,
  maxLines: number,
  bold = false,
): string[] {
  const lines = wrapText(label, size, width, bold);
  if (lines.length <= maxLines) return lines;
  const keep = Math.max(1, maxLines);
  const rest = keep === 1 ? label : lines.slice(keep - 1).join(" ");
  return [...lines.slice(0, keep - 1), fitLine(rest, size, width, bold)];
}

/** The depth of a group band (its width left of the rows, its height above the columns): 0 without groups. */
export function groupBand(groups: readonly MatrixGroup[], size: number): number {
  if (groups.length === 0) return 0;
  const longest = Math.max(...groups.map((g) => textWidth(g.label, size, true)));
  return Math.ceil(Math.min(longest, GROUP_BAND_MAX) + 2 * PAD);
}

export interface GroupBandsInput {
  groups: readonly MatrixGroup[];
  /** Where the first cell's top-left corner is, the cells' size and how many there are on a side. */
  left: number;
  top: number;
  cell: number;
  count: number;
  /** The band's depth, from `groupBand`. */
  band: number;
  size: number;
}

/**
 * The groups' labels, bold and muted: across from x = 0 beside the rows, and read bottom to top from just above the
 * column names, each centred on its group; and pale lines carrying the groups' borders through both bands.
 */
export function groupBandShapes(input: GroupBandsInput): Shape[] {
  const { groups, left, top, cell, count, band, size } = input;
  const width = band - 2 * PAD;
  const step = size + 2;
  const shapes: Shape[] = [];
  for (const group of groups) {
    const start = group.start * cell;
    const length = group.count * cell;
    if (group.start > 0) {
      shapes.push(
        { kind: "line", x1: 0, y1: top + start, x2: left, y2: top + start, stroke: GRID, width: 1 },
        { kind: "line", x1: left + start, y1: 0, x2: left + start, y2: top, stroke: GRID, width: 1 },
      );
    }
    const lines = groupLines(group.label, size, width, Math.max(1, Math.floor(length / step)), true);
    const first = (length - lines.length * step) / 2 + step / 2 + size * 0.35;
    lines.forEach((text, k) => {
      const along = start + first + k * step;
      const label = { kind: "text", text, size, fill: MUTED, bold: true } as const;
      shapes.push(
        { ...label, x: PAD, y: top + along },
        { ...label, x: left + along, y: band - PAD, rotate: -90 },
      );
    });
  }
  if (count > 0 && groups.length > 0) {
    const side = count * cell;
    shapes.push(
      { kind: "line", x1: band, y1: top, x2: band, y2: top + side, stroke: GRID, width: 1 },
      { kind: "line", x1: left, y1: band, x2: left + side, y2: band, stroke: GRID, width: 1 },
    );
  }
  return shapes;
}
