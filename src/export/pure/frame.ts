// The frame of an exported image: title and subtitle on top, the picture, its legend beside or below (whichever
// costs least for the image's shape), and the credit lines under them. Shared by every image, SVG and PNG alike.
import type { Caption } from "./caption";
import { CREDIT_SIZE, creditLines } from "./credits";
import type { LegendEntry } from "./imageLegend";
import type { Target } from "./imageSize";
import { columnSize, type LegendLayout, layoutLegend, rowsSize } from "./legendLayout";
import { FRAME_MUTED, FRAME_TEXT } from "./palette";
import { type TextLine, wrapText } from "./text";

const PAD = 22;
const GAP = 16;
const TITLE_SIZE = 22;
const TITLE_LINE = 27;
const SUBTITLE_SIZE = 14.5;
const SUBTITLE_LINE = 19.5;
const CREDIT_LINE = 15.5;
const MIN_WIDTH = 480;
/** The least height a picture gets, and how tall it may be for its width when its height is free. */
const MIN_GRAPH = 120;
const MAX_GRAPH_RATIO = 1.4;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Frame {
  /** In design units. */
  width: number;
  height: number;
  /** The image's pixels, and pixels per design unit. */
  pixelWidth: number;
  pixelHeight: number;
  density: number;
  /** Where the picture goes. */
  graph: Rect;
  legend: LegendLayout | null;
  /** Title, subtitle and credit lines. */
  text: TextLine[];
}

export interface FrameInput {
  caption: Caption;
  legend: readonly LegendEntry[];
  /** For a screen-size image: the picture's size in design units (the view's pixels) and pixels per unit. */
  natural?: { width: number; height: number; scale: number };
  /** For a preset or width: the pixel size and design width (imageSize.ts). */
  target?: Target;
  /** The picture's shape, width over height, for a height free to choose. */
  aspect: number;
}

function header(caption: Caption, width: number): { lines: TextLine[]; bottom: number } {
  const lines: TextLine[] = [];
  let y = PAD;
  for (const text of wrapText(caption.title, TITLE_SIZE, width - 2 * PAD, true)) {
    y += TITLE_LINE;
    lines.push({ text, x: PAD, y: y - 6, size: TITLE_SIZE, bold: true, colour: FRAME_TEXT });
  }
  y += 2;
  for (const text of wrapText(caption.subtitle, SUBTITLE_SIZE, width - 2 * PAD)) {
    y += SUBTITLE_LINE;
    lines.push({ text, x: PAD, y: y - 5, size: SUBTITLE_SIZE, bold: false, colour: FRAME_MUTED });
  }
  return { lines, bottom: y + 12 };
}

function footer(caption: Caption, width: number): { texts: string[]; height: number } {
  const { sources, credit } = creditLines(caption, width - 2 * PAD);
  const texts = [...sources, ...credit];
  return { texts, height: 12 + texts.length * CREDIT_LINE + PAD - 4 };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

interface Body {
  graph: { width: number; height: number };
  /** Legend beside (one column) or below (in columns). */
  beside: boolean;
  columns: number;
  legendHeight: number;
  legendWidth: number;
}

function besideBody(legend: readonly LegendEntry[], inner: number, height: number): Body {
  const column = columnSize(legend);
  return {
    graph: { width: inner - (legend.length > 0 ? GAP + column.width : 0), height },
    beside: true,
    columns: 1,
    legendHeight: column.height,
    legendWidth: column.width,
  };
}

function belowBody(legend: readonly LegendEntry[], inner: number, height: number): Body {
  const rows = rowsSize(legend, inner);
  return {
    graph: { width: inner, height },
    beside: false,
    columns: rows.columns,
    legendHeight: rows.height,
    legendWidth: inner,
  };
}

/** The body for a target: fixed height gives the picture what is left; a free one follows the picture's shape. */
function targetBody(input: FrameInput, width: number, room: number | null): Body {
  const inner = width - 2 * PAD;
  const { legend, aspect } = input;
  const column = columnSize(legend);
  const rows = rowsSize(legend, inner);
  if (room === null) {
    const besideWidth = inner - GAP - column.width;
    const besideHeight = clamp(besideWidth / aspect, MIN_GRAPH, MAX_GRAPH_RATIO * inner);
    if (legend.length === 0 || (column.height <= besideHeight && besideWidth >= 0.6 * inner))
      return besideBody(legend, inner, besideHeight);
    return belowBody(legend, inner, clamp(inner / aspect, MIN_GRAPH, MAX_GRAPH_RATIO * inner));
  }
  const beside = besideBody(legend, inner, room);
  const below = belowBody(legend, inner, room - (legend.length > 0 ? rows.height + GAP : 0));
  // The one that draws the picture larger, as long as the legend fits beside it.
  const scale = (b: Body) => Math.min(b.graph.width, b.graph.height * aspect);
  const besideFits = beside.legendHeight <= room && beside.graph.width > 0;
  return besideFits && scale(beside) > scale(below) ? beside : below;
}

function assemble(input: FrameInput, width: number, head: ReturnType<typeof header>, body: Body) {
  const inner = width - 2 * PAD;
  const top = head.bottom;
  const g = body.graph;
  const graphX = body.beside ? PAD : PAD + Math.max(0, (inner - g.width) / 2);
  const legend = body.beside
    ? layoutLegend(input.legend, PAD + g.width + GAP, top, body.legendWidth, 1)
    : layoutLegend(input.legend, PAD, top + g.height + GAP, inner, body.columns);
  const bottom = Math.max(top + g.height, legend ? legend.y + legend.height : 0);
  const foot = footer(input.caption, width);
  const text = [...head.lines];
  let y = bottom + 12;
  for (const line of foot.texts) {
    y += CREDIT_LINE;
    text.push({ text: line, x: PAD, y: y - 4, size: CREDIT_SIZE, bold: false, colour: FRAME_MUTED });
  }
  return {
    graph: { x: graphX, y: top, width: g.width, height: g.height },
    legend,
    text,
    height: y + PAD - 4,
  };
}

/**
 * Lay out an image. With `natural`, the picture keeps its size and the frame grows around it (at least 480 wide),
 * the legend beside it when the picture is as tall as the legend, else below. With `target`, the width is the
 * design width: a fixed height gives the picture what title, legend and credits leave (legend beside or below,
 * whichever draws the picture larger; the design widens, and its text shrinks, until the picture gets room), and a
 * free height follows the picture's `aspect`. No legend entries give no legend.
 */
export function layoutFrame(input: FrameInput): Frame {
  if (input.natural) {
    const { width: gw, height: gh, scale } = input.natural;
    const column = columnSize(input.legend);
    const besideIt = input.legend.length > 0 && column.height <= gh;
    const width = Math.max(MIN_WIDTH, PAD + gw + (besideIt ? GAP + column.width : 0) + PAD);
    const body = besideIt
      ? { ...besideBody(input.legend, width - 2 * PAD, gh), graph: { width: gw, height: gh } }
      : { ...belowBody(input.legend, width - 2 * PAD, gh), graph: { width: gw, height: gh } };
    const head = header(input.caption, width);
    const laid = assemble(input, width, head, body);
    const height = Math.ceil(laid.height);
    return {
      ...laid,
      width: Math.ceil(width),
      height,
      pixelWidth: Math.round(Math.ceil(width) * scale),
      pixelHeight: Math.round(height * scale),
      density: scale,
    };
  }
  const target = input.target!;
  let width = target.width;
  for (let attempt = 0; ; attempt++) {
    const head = header(input.caption, width);
    const height = target.height === undefined ? null : (target.height * width) / target.width;
    const room = height === null ? null : height - head.bottom - footer(input.caption, width).height;
    if (room !== null && room < MIN_GRAPH && attempt < 6) {
      width *= 1.2;
      continue;
    }
    const body = targetBody(input, width, room === null ? null : Math.max(room, MIN_GRAPH));
    const laid = assemble(input, width, head, body);
    const density = target.pixelWidth / width;
    const designHeight = height ?? Math.ceil(laid.height);
    return {
      ...laid,
      width,
      height: designHeight,
      pixelWidth: target.pixelWidth,
      pixelHeight: target.pixelHeight ?? Math.round(designHeight * density),
      density,
    };
  }
}
