// Where a legend's entries go: one column beside the picture, or as many columns as fit below it.
import type { LegendEntry } from "./imageLegend";
import { FRAME_TEXT } from "./palette";
import { type TextLine, textWidth } from "./text";

export const LEGEND_SIZE = 12.5;
const ROW = 20;
const PAD = 10;
const SWATCH = 28;
const SWATCH_GAP = 8;
const COLUMN_GAP = 18;

export interface LegendLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  items: { entry: LegendEntry; swatch: { x: number; y: number; width: number }; text: TextLine }[];
}

/** The width of one entry: swatch, gap and label. */
const entryWidth = (entry: LegendEntry) => SWATCH + SWATCH_GAP + textWidth(entry.label, LEGEND_SIZE);

/** The size of a one-column legend beside the picture. */
export function columnSize(entries: readonly LegendEntry[]): { width: number; height: number } {
  if (entries.length === 0) return { width: 0, height: 0 };
  return {
    width: Math.ceil(Math.max(...entries.map(entryWidth)) + 2 * PAD),
    height: entries.length * ROW + 2 * PAD,
  };
}

/** How many columns fit in `width`, and the legend's height with them. */
export function rowsSize(
  entries: readonly LegendEntry[],
  width: number,
): { columns: number; height: number } {
  if (entries.length === 0) return { columns: 0, height: 0 };
  const column = Math.max(...entries.map(entryWidth)) + COLUMN_GAP;
  const columns = Math.max(1, Math.min(entries.length, Math.floor((width - 2 * PAD + COLUMN_GAP) / column)));
  return { columns, height: Math.ceil(entries.length / columns) * ROW + 2 * PAD };
}

/**
 * The legend at (x, y) in `columns` columns (filled down, then across) within `width`. No entries give null.
 */
export function layoutLegend(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  width: number,
  columns: number,
): LegendLayout | null {
  if (entries.length === 0) return null;
  const rows = Math.ceil(entries.length / columns);
  const column = (width - 2 * PAD + COLUMN_GAP) / columns;
  const items = entries.map((entry, i) => {
    const left = x + PAD + Math.floor(i / rows) * column;
    const middle = y + PAD + (i % rows) * ROW + ROW / 2;
    const text: TextLine = {
      text: entry.label,
      x: left + SWATCH + SWATCH_GAP,
      y: middle + LEGEND_SIZE * 0.35,
      size: LEGEND_SIZE,
      bold: false,
      colour: FRAME_TEXT,
    };
    return { entry, swatch: { x: left, y: middle, width: SWATCH }, text };
  });
  return { x, y, width, height: rows * ROW + 2 * PAD, items };
}
