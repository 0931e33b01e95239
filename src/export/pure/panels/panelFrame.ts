// The frame around an analysis panel's picture in an exported image: title and caption lines on top, the panel's
// drawing, then its legend, notes and sources, like the graph's exported frame.
import { textWidth, wrapText } from "../text";
import { INK, MUTED } from "./colours";
import { moved, type Picture, type Shape } from "./picture";

export interface LegendEntry {
  label: string;
  colour: string;
  /** A filled box (default) or a short thick line. */
  mark?: "box" | "line";
}

export interface PanelCaption {
  /** The picture's title, e.g. "Route timeline: South Korea → Japan". */
  title: string;
  /** Lines under the title: the topic, the dates, the options. */
  lines: readonly string[];
  legend: readonly LegendEntry[];
  /** Paragraphs after the legend (an explanation, a list the drawing summarises). */
  notes?: readonly string[];
  /** The sources line, if the picture cites any. */
  sources?: string;
}

/** A drawing in its own units, from (0, 0) to (width, height). */
export interface Drawing {
  width: number;
  height: number;
  shapes: Shape[];
}

const PAD = 20;
const TITLE = 17;
const LINE = 12;
const LINE_STEP = 17;
const GAP = 14;
const LEGEND = 12;
const LEGEND_ROW = 20;
const NOTE = 12;
const NOTE_STEP = 16;
const MIN_WIDTH = 520;

/** The legend's entries in rows that fit `width`, each as swatch and label shapes from y (its rows' top). */
function legendShapes(legend: readonly LegendEntry[], x0: number, y: number, width: number) {
  const shapes: Shape[] = [];
  let x = x0;
  let row = 0;
  for (const entry of legend) {
    const w = 18 + 6 + textWidth(entry.label, LEGEND) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      row++;
    }
    const middle = y + row * LEGEND_ROW + LEGEND_ROW / 2;
    shapes.push(
      entry.mark === "line"
        ? { kind: "rect", x, y: middle - 2, width: 18, height: 4, fill: entry.colour }
        : { kind: "rect", x, y: middle - 6, width: 18, height: 12, fill: entry.colour, stroke: MUTED },
      { kind: "text", x: x + 24, y: middle + 4, text: entry.label, size: LEGEND, fill: INK },
    );
    x += w;
  }
  return { shapes, height: legend.length === 0 ? 0 : (row + 1) * LEGEND_ROW };
}

/**
 * The drawing framed for export: title, caption lines, the drawing, the legend in rows, notes and the sources line
 * wrapped to the width (at least 520 units, or the drawing's width plus margins, or the title's).
 */
export function framePanel(drawing: Drawing, caption: PanelCaption): Picture {
  const width = Math.ceil(
    Math.max(MIN_WIDTH, drawing.width + 2 * PAD, textWidth(caption.title, TITLE, true) + 2 * PAD),
  );
  const inner = width - 2 * PAD;
  const shapes: Shape[] = [
    { kind: "text", x: PAD, y: PAD + TITLE, text: caption.title, size: TITLE, fill: INK, bold: true },
  ];
  let y = PAD + TITLE + 6;
  for (const line of caption.lines) {
    y += LINE_STEP;
    shapes.push({ kind: "text", x: PAD, y: y - 4, text: line, size: LINE, fill: MUTED });
  }
  y += GAP;
  shapes.push(...moved(drawing.shapes, PAD, y));
  y += drawing.height + GAP;
  const legend = legendShapes(caption.legend, PAD, y, inner);
  shapes.push(...legend.shapes);
  y += legend.height;
  const paragraphs = [...(caption.notes ?? []), ...(caption.sources ? [caption.sources] : [])];
  for (const paragraph of paragraphs) {
    y += 6;
    for (const line of wrapText(paragraph, NOTE, inner)) {
      y += NOTE_STEP;
      shapes.push({ kind: "text", x: PAD, y: y - 4, text: line, size: NOTE, fill: MUTED });
    }
  }
  return { width, height: Math.ceil(y + PAD), title: caption.title, shapes };
}
