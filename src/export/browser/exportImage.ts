// Image export in the browser: PNG composed on a canvas (the renderer's graph over the world map, with legend and
// caption) and SVG from the scene writer. Both work on the graph view's handle, never on its DOM.
import {
  isEmptySnapshot,
  layoutFrame,
  type SceneCaption,
  type SceneLegendItem,
  sceneOf,
  toSvg,
} from "../pure";
import { drawBackdrop, drawFrame } from "./canvas";
import type { GraphHandle } from "./graphHandle";

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

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((done, fail) => {
    canvas.toBlob(
      (blob) => (blob ? done(blob) : fail(new ExportError("The browser could not encode the PNG."))),
      "image/png",
    );
  });
}

/**
 * The graph as a PNG with legend and caption drawn in: the graph's own renderer draws the graph (`rasterise`), a
 * canvas adds the world map under it and the frame around it. Scale 1×/2×/4× (default 2) or a target `width`; white (default) or transparent background; the whole
 * graph (default) or the current view. Refuses (ExportError) an empty graph or an image beyond canvas limits,
 * before drawing anything, so a refusal never gives a blank file.
 */
export async function exportPng(graph: GraphHandle, options: ImageOptions): Promise<Blob> {
  const full = options.full ?? true;
  const shot = graph.snapshot();
  if (isEmptySnapshot(shot)) throw new ExportError("There is nothing to export: the graph is empty.");
  // The box the renderer's whole-graph image covers, so the map lines up with the graph image.
  const bb = shot.bounds.all;
  const { viewport } = shot;
  // A graph spread over the world map is drawn smaller, so that the default 2× image stays a few thousand pixels.
  const zoom = full ? Math.min(1, MAX_GRAPH_SIDE / Math.max(bb.w, bb.h, 1)) : 1;
  const graphWidth = full ? Math.ceil(bb.w * zoom) : viewport.width;
  const graphHeight = full ? Math.ceil(bb.h * zoom) : viewport.height;
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

  const graphImage = await createImageBitmap(graph.rasterise({ full, scale: k * zoom }));
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
  const origin = full
    ? { x: -bb.x1 * zoom, y: -bb.y1 * zoom, zoom }
    : { x: viewport.pan.x, y: viewport.pan.y, zoom: viewport.zoom };
  drawBackdrop(ctx, shot.backdrop, frame, origin);
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
export function exportSvg(graph: GraphHandle, options: ImageOptions): Blob {
  const shot = graph.snapshot();
  if (isEmptySnapshot(shot)) throw new ExportError("There is nothing to export: the graph is empty.");
  const scene = sceneOf(shot, {
    full: options.full ?? true,
    background: options.background ?? "white",
    legend: options.legend ?? [],
    caption: options.caption,
  });
  return new Blob([toSvg(scene)], { type: "image/svg+xml" });
}
