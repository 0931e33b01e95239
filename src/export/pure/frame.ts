// The frame around an exported graph: where the caption, legend and sources go. Shared by the SVG writer and the
// PNG composer so that both images have the same layout.
import type { SceneCaption, SceneLegendItem } from "./scene";

export const FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
export const FRAME_TEXT = "#1a1a1a";
export const FRAME_MUTED = "#4d4d4d";

const PAD = 24;
const GAP = 20;
const TITLE_SIZE = 20;
const AT_SIZE = 14;
const LEGEND_TITLE_SIZE = 14;
const LEGEND_SIZE = 13;
const LEGEND_ROW = 21;
const LEGEND_PAD = 14;
const HEADING_SIZE = 12;
const HEADING_ROW = 20;
const SWATCH = 30;
const SOURCES_SIZE = 12;
const SOURCES_LINE = 16;
const MIN_WIDTH = 480;

/** A rough width of `text` in a sans-serif face: enough to size boxes and wrap lines without a DOM. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    if (/[iljt.,;:'|!ıf\s]/.test(ch)) units += 0.3;
    else if (/[mwMW@]/.test(ch)) units += 0.88;
    else if (/[A-Z0-9&]/.test(ch)) units += 0.68;
    else if (ch.charCodeAt(0) > 0x2e7f) units += 1;
    else units += 0.55;
  }
  return units * size * (bold ? 1.07 : 1);
}

/** `text` broken at spaces into lines no wider than `width` (a word longer than a line stands alone). */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  size: number;
  bold: boolean;
  colour: string;
}

export interface FrameLegend {
  x: number;
  y: number;
  width: number;
  height: number;
  title: TextLine;
  headings: TextLine[];
  items: { item: SceneLegendItem; swatch: { x: number; y: number; width: number }; text: TextLine }[];
}

export interface Frame {
  width: number;
  height: number;
  /** Where the graph image goes. */
  graph: { x: number; y: number; width: number; height: number };
  /** Legend and text are laid out in frame units: draw them scaled by `unit`. */
  unit: number;
  legend: FrameLegend | null;
  text: TextLine[];
}

/** Graph width per frame unit beyond which caption and legend grow with the graph, so they stay legible. */
const GRAPH_PER_UNIT = 900;

function layoutLegend(legend: readonly SceneLegendItem[], x: number, y: number): FrameLegend | null {
  if (legend.length === 0) return null;
  const inner = x + LEGEND_PAD;
  let cursor = y + LEGEND_PAD + LEGEND_TITLE_SIZE;
  const title: TextLine = {
    text: "Legend",
    x: inner,
    y: cursor,
    size: LEGEND_TITLE_SIZE,
    bold: true,
    colour: FRAME_TEXT,
  };
  cursor += 6;
  const headings: TextLine[] = [];
  const items: FrameLegend["items"] = [];
  let group: string | undefined;
  let widest = textWidth("Legend", LEGEND_TITLE_SIZE, true);
  for (const item of legend) {
    if (item.group && item.group !== group) {
      group = item.group;
      cursor += HEADING_ROW;
      headings.push({
        text: group,
        x: inner,
        y: cursor - 4,
        size: HEADING_SIZE,
        bold: true,
        colour: FRAME_MUTED,
      });
      widest = Math.max(widest, textWidth(group, HEADING_SIZE, true));
    }
    const middle = cursor + LEGEND_ROW / 2;
    cursor += LEGEND_ROW;
    const label = {
      text: item.label,
      x: inner + SWATCH + 10,
      y: middle + LEGEND_SIZE * 0.35,
      size: LEGEND_SIZE,
      bold: false,
      colour: FRAME_TEXT,
    };
    widest = Math.max(widest, SWATCH + 10 + textWidth(item.label, LEGEND_SIZE));
    items.push({ item, swatch: { x: inner, y: middle, width: SWATCH }, text: label });
  }
  return {
    x,
    y,
    width: Math.ceil(widest + 2 * LEGEND_PAD),
    height: Math.ceil(cursor + LEGEND_PAD - 4 - y),
    title,
    headings,
    items,
  };
}

/**
 * Lay out the frame for a graph of `graphWidth` × `graphHeight` (image units at 1×): caption on top, the graph
 * with the legend on its right, the sources line wrapped below. Caption and legend are sized for a graph up to
 * 900 units wide and grow in proportion beyond that (`unit`), so that they keep their share of a large image.
 * No legend items gives no legend box; a zero-size graph still gives a frame of the minimum width.
 */
export function layoutFrame(
  graphWidth: number,
  graphHeight: number,
  legend: readonly SceneLegendItem[],
  caption: SceneCaption,
): Frame {
  const gw = Math.max(0, graphWidth);
  const gh = Math.max(0, graphHeight);
  const unit = Math.max(1, gw / GRAPH_PER_UNIT);
  const base = layoutAtUnit(gw / unit, gh / unit, legend, caption);
  return {
    ...base,
    width: Math.ceil(base.width * unit),
    height: Math.ceil(base.height * unit),
    graph: { x: base.graph.x * unit, y: base.graph.y * unit, width: gw, height: gh },
    unit,
  };
}

function layoutAtUnit(
  gw: number,
  gh: number,
  legend: readonly SceneLegendItem[],
  caption: SceneCaption,
): Omit<Frame, "unit"> {
  const text: TextLine[] = [
    { text: caption.query, x: PAD, y: PAD + TITLE_SIZE, size: TITLE_SIZE, bold: true, colour: FRAME_TEXT },
    {
      text: caption.at,
      x: PAD,
      y: PAD + TITLE_SIZE + 8 + AT_SIZE,
      size: AT_SIZE,
      bold: false,
      colour: FRAME_MUTED,
    },
  ];
  const top = PAD + TITLE_SIZE + 8 + AT_SIZE + 16;
  const frameLegend = layoutLegend(legend, PAD + gw + GAP, top);
  const captionWidth = Math.max(textWidth(caption.query, TITLE_SIZE, true), textWidth(caption.at, AT_SIZE));
  const width = Math.ceil(
    Math.max(
      MIN_WIDTH,
      PAD + gw + (frameLegend ? GAP + frameLegend.width : 0) + PAD,
      PAD + captionWidth + PAD,
    ),
  );
  let y = Math.max(top + gh, top + (frameLegend?.height ?? 0)) + GAP;
  for (const line of wrapText(caption.sources, SOURCES_SIZE, width - 2 * PAD)) {
    y += SOURCES_LINE;
    text.push({ text: line, x: PAD, y: y - 4, size: SOURCES_SIZE, bold: false, colour: FRAME_MUTED });
  }
  return {
    width,
    height: Math.ceil(y + PAD - 4),
    graph: { x: PAD, y: top, width: gw, height: gh },
    legend: frameLegend,
    text,
  };
}
