// Image export in the browser: PNG composed on a canvas (graph, legend, caption) and SVG from the scene writer,
// plus the download itself.
import type { Core } from "cytoscape";
import {
  FONT_FAMILY,
  type Frame,
  layoutFrame,
  PATH_DATA,
  type SceneCaption,
  type SceneLegendItem,
  type SceneLegendSwatch,
  type TextLine,
  toSvg,
} from "../pure";
import { backdropOf, sceneFromGraph } from "./sceneFromGraph";

/** Browsers refuse canvases beyond these (Chromium: 16,384 px a side would also be the limit of WebGL-backed ones). */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 268_435_456;
/** The longest side, in image units at 1×, of a whole-graph export; larger graphs are drawn smaller. */
const MAX_GRAPH_SIDE = 2400;

/** A refusal a person can act on (too large an image, an empty graph); shown as it is. */
export class ExportError extends Error {
  override readonly name = "ExportError";
}

export interface ImageOptions {
  /** Pixels per image unit: 1, 2 or 4 (default 2). Ignored when `width` is given. */
  scale?: number;
  /** Target width of the PNG in pixels; the height follows. */
  width?: number;
  background?: "white" | "transparent";
  /** The whole graph (default) or the current view. */
  full?: boolean;
  legend?: readonly SceneLegendItem[];
  caption: SceneCaption;
}

/**
 * Throws ExportError unless a canvas of `width` × `height` px can be drawn: at most MAX_CANVAS_SIDE a side and
 * MAX_CANVAS_PIXELS in all, and at least 1 px.
 */
export function checkCanvasSize(width: number, height: number): void {
  const size = `${width.toLocaleString("en")} × ${height.toLocaleString("en")} px`;
  if (!(width >= 1 && height >= 1)) throw new ExportError(`Cannot export an image of ${size}.`);
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE || width * height > MAX_CANVAS_PIXELS) {
    throw new ExportError(
      `The image would be ${size}; browsers cannot draw more than ${MAX_CANVAS_SIDE.toLocaleString("en")} px a side or 268 million pixels. Choose a smaller scale or width, or export the current view.`,
    );
  }
}

function font(line: Pick<TextLine, "size" | "bold">): string {
  return `${line.bold ? "bold " : ""}${line.size}px ${FONT_FAMILY}`;
}

function drawText(ctx: CanvasRenderingContext2D, line: TextLine) {
  ctx.font = font(line);
  ctx.fillStyle = line.colour;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.fillText(line.text, line.x, line.y);
}

function nodePath(
  ctx: CanvasRenderingContext2D,
  shape: string,
  x: number,
  y: number,
  rx: number,
  ry: number,
) {
  ctx.beginPath();
  if (shape === "round-rectangle") ctx.roundRect(x - rx, y - ry, 2 * rx, 2 * ry, Math.min(rx, ry) / 2);
  else ctx.ellipse(x, y, rx, ry, 0, 0, 2 * Math.PI);
}

function drawSwatch(
  ctx: CanvasRenderingContext2D,
  swatch: SceneLegendSwatch,
  x: number,
  y: number,
  width: number,
) {
  ctx.save();
  if (swatch.type === "node") {
    const rx = swatch.shape === "round-rectangle" ? 8 : 6;
    const cx = x + width / 2;
    if (swatch.ring) {
      nodePath(ctx, swatch.shape, cx, y, rx + 4, 10);
      ctx.strokeStyle = "#1f2328";
      ctx.lineWidth = 2;
      ctx.stroke();
    }
    nodePath(ctx, swatch.shape, cx, y, rx, 6);
    ctx.fillStyle = swatch.fill;
    ctx.fill();
    ctx.strokeStyle = swatch.border;
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.restore();
    return;
  }
  const end = x + width - (swatch.arrow ? 8 : 2);
  ctx.lineCap = "round";
  if (swatch.halo) {
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = swatch.halo;
    ctx.lineWidth = swatch.width + 8;
    ctx.beginPath();
    ctx.moveTo(x + 2, y);
    ctx.lineTo(end, y);
    ctx.stroke();
  }
  ctx.lineCap = "butt";
  ctx.globalAlpha = swatch.opacity;
  ctx.strokeStyle = swatch.colour;
  ctx.lineWidth = swatch.width;
  ctx.setLineDash(swatch.dash ? [...swatch.dash] : []);
  ctx.beginPath();
  ctx.moveTo(x + 2, y);
  ctx.lineTo(end, y);
  ctx.stroke();
  if (swatch.arrow) {
    ctx.setLineDash([]);
    ctx.fillStyle = swatch.colour;
    ctx.beginPath();
    ctx.moveTo(x + width - 9, y - 5);
    ctx.lineTo(x + width, y);
    ctx.lineTo(x + width - 9, y + 5);
    ctx.closePath();
    ctx.fill();
  }
  ctx.restore();
}

function drawFrame(ctx: CanvasRenderingContext2D, frame: Frame) {
  const legend = frame.legend;
  if (legend) {
    ctx.save();
    ctx.beginPath();
    ctx.roundRect(legend.x + 0.5, legend.y + 0.5, legend.width, legend.height, 4);
    ctx.fillStyle = "rgba(255,255,255,0.92)";
    ctx.fill();
    ctx.strokeStyle = "#999999";
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.restore();
    drawText(ctx, legend.title);
    for (const heading of legend.headings) drawText(ctx, heading);
    for (const { item, swatch, text } of legend.items) {
      drawSwatch(ctx, item.swatch, swatch.x, swatch.y, swatch.width);
      drawText(ctx, text);
    }
  }
  for (const line of frame.text) drawText(ctx, line);
}

/** The world map under the graph, in the same transform as the graph image (graph units → frame units). */
function drawBackdrop(
  ctx: CanvasRenderingContext2D,
  cy: Core,
  frame: Frame,
  origin: { x: number; y: number; zoom: number },
) {
  const paths = backdropOf(cy).filter((p) => PATH_DATA.test(p.d));
  if (paths.length === 0) return;
  const g = frame.graph;
  ctx.save();
  ctx.beginPath();
  ctx.rect(g.x, g.y, g.width, g.height);
  ctx.clip();
  ctx.translate(g.x + origin.x, g.y + origin.y);
  ctx.scale(origin.zoom, origin.zoom);
  for (const path of paths) {
    const shape = new Path2D(path.d);
    if (path.fill && path.fill !== "none") {
      ctx.fillStyle = path.fill;
      ctx.fill(shape);
    }
    if (path.stroke) {
      ctx.strokeStyle = path.stroke;
      // The map's strokes keep their screen width whatever the zoom, as in the view.
      ctx.lineWidth = (path.strokeWidth ?? 1) / origin.zoom;
      ctx.stroke(shape);
    }
  }
  ctx.restore();
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) => {
    canvas.toBlob(
      (blob) => (blob ? done(blob) : fail(new ExportError("The browser could not encode the PNG."))),
      "image/png",
    );
  });
}

/**
 * The graph as a PNG with legend and caption drawn in: Cytoscape renders the graph (`cy.png`), a canvas adds the
 * frame. Scale 1×/2×/4× (default 2) or a target `width`; white (default) or transparent background; the whole
 * graph (default) or the current view. Refuses (ExportError) an empty graph or an image beyond canvas limits,
 * before drawing anything, so a refusal never gives a blank file.
 */
export async function exportPng(cy: Core, options: ImageOptions): Promise<Blob> {
  const full = options.full ?? true;
  const visible = cy.elements(":visible");
  if (visible.empty()) throw new ExportError("There is nothing to export: the graph is empty.");
  // The same box cy.png uses for a full export, so the map lines up with the graph image.
  const bb = cy.elements().boundingBox();
  // A graph spread over the world map is drawn smaller, so that the default 2× image stays a few thousand pixels.
  const zoom = full ? Math.min(1, MAX_GRAPH_SIDE / Math.max(bb.w, bb.h, 1)) : 1;
  const graphWidth = full ? Math.ceil(bb.w * zoom) : cy.width();
  const graphHeight = full ? Math.ceil(bb.h * zoom) : cy.height();
  const frame = layoutFrame(graphWidth, graphHeight, options.legend ?? [], options.caption);
  const requested = options.width;
  if (requested !== undefined && !(Number.isFinite(requested) && requested >= 1)) {
    throw new ExportError(`The width must be a positive number of pixels, not ${requested}.`);
  }
  const k = requested !== undefined ? requested / frame.width : (options.scale ?? 2);
  if (!(Number.isFinite(k) && k > 0))
    throw new ExportError(`The scale must be a positive number, not ${options.scale}.`);
  const width = requested !== undefined ? Math.round(requested) : Math.round(frame.width * k);
  const height = Math.round(frame.height * k);
  checkCanvasSize(width, height);
  const ratio = window.devicePixelRatio || 1;
  checkCanvasSize(Math.ceil(graphWidth * k * ratio), Math.ceil(graphHeight * k * ratio));

  const graphImage = await createImageBitmap(cy.png({ output: "blob", full, scale: k * zoom }) as Blob);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new ExportError("The browser could not create a canvas for the PNG.");
  if (options.background !== "transparent") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, width, height);
  }
  ctx.scale(width / frame.width, height / frame.height);
  const pan = cy.pan();
  const origin = full
    ? { x: -bb.x1 * zoom, y: -bb.y1 * zoom, zoom }
    : { x: pan.x, y: pan.y, zoom: cy.zoom() };
  drawBackdrop(ctx, cy, frame, origin);
  const g = frame.graph;
  ctx.drawImage(graphImage, g.x, g.y, g.width, g.height);
  graphImage.close();
  ctx.scale(frame.unit, frame.unit);
  drawFrame(ctx, frame);
  return canvasBlob(canvas);
}

/**
 * The graph as an SVG document (our writer, `toSvg`) with legend and caption as text; the whole graph (default) or
 * the current view, white or transparent. Refuses (ExportError) an empty graph.
 */
export function exportSvg(cy: Core, options: ImageOptions): Blob {
  if (cy.elements(":visible").empty())
    throw new ExportError("There is nothing to export: the graph is empty.");
  const scene = sceneFromGraph(cy, {
    full: options.full ?? true,
    background: options.background ?? "white",
    legend: options.legend ?? [],
    caption: options.caption,
  });
  return new Blob([toSvg(scene)], { type: "image/svg+xml" });
}

/** Offer `blob` as a download named `fileName` through an `<a download>`; the object URL is released afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
