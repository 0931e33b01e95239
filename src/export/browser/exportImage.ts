// Image export in the browser: the scene of the graph view's snapshot (the same scene code as the command line),
// written as SVG, and the PNG drawn from that SVG on a canvas, so both files show the same thing.
import {
  areaOf,
  type Emphasis,
  type ImageSize,
  isEmptySnapshot,
  type PictureInput,
  type Scene,
  sceneOf,
  toSvg,
} from "../pure";
import { ExportError } from "./exportError";
import type { GraphHandle } from "./graphHandle";

export { ExportError };

/** Browsers refuse canvases beyond these (Chromium: 16,384 px a side, 268 million pixels). */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 268_435_456;

export interface ImageOptions {
  /** What the picture shows: the model, date, answer, selected route, blocked and inactive, scenario. */
  picture: Omit<PictureInput, "placed" | "emphasis">;
  emphasis: Emphasis;
  size: ImageSize;
  background: "white" | "transparent";
  /** The whole graph, or the current view. */
  full: boolean;
  /** The explorer's address, written under the picture. */
  permalink?: string;
  /** Enlarge a route's hop too short to read in an inset; on unless false. */
  inset?: boolean;
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
      `The image would be ${size}; browsers cannot draw more than ${MAX_CANVAS_SIDE.toLocaleString("en")} px a side or 268 million pixels. Choose a smaller size, or export the current view.`,
    );
  }
}

/** The scene of the graph as the options ask; refuses (ExportError) an empty graph or an impossible size. */
export function imageScene(graph: GraphHandle, options: ImageOptions): Scene {
  const shot = graph.snapshot();
  if (isEmptySnapshot(shot)) throw new ExportError("There is nothing to export: the graph is empty.");
  try {
    return sceneOf({
      ...options.picture,
      emphasis: options.emphasis,
      positions: shot.positions,
      area: areaOf(shot, options.full),
      backdrop: shot.backdrop,
      ...(shot.labels ? { labels: shot.labels } : {}),
      size: options.size,
      background: options.background,
      ...(options.inset === false ? { inset: false } : {}),
      ...(options.permalink ? { permalink: options.permalink } : {}),
    });
  } catch (error) {
    if (error instanceof RangeError) throw new ExportError(`Cannot export: ${error.message}.`);
    throw error;
  }
}

/** The graph as an SVG document with legend and caption as text. Refuses (ExportError) an empty graph. */
export function exportSvg(graph: GraphHandle, options: ImageOptions): Blob {
  return new Blob([toSvg(imageScene(graph, options))], { type: "image/svg+xml" });
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
 * The graph as a PNG: the SVG export drawn on a canvas at the image's pixel size, white or transparent. Refuses
 * (ExportError) an empty graph, or an image beyond canvas limits before drawing anything, so a refusal never gives
 * a blank file.
 */
export async function exportPng(graph: GraphHandle, options: ImageOptions): Promise<Blob> {
  const scene = imageScene(graph, options);
  const { pixelWidth, pixelHeight } = scene.frame;
  checkCanvasSize(pixelWidth, pixelHeight);
  const url = URL.createObjectURL(new Blob([toSvg(scene)], { type: "image/svg+xml" }));
  try {
    const image = new Image(pixelWidth, pixelHeight);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new ExportError("The browser could not create a canvas for the PNG.");
    ctx.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return await canvasBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
