// Drawing an image's frame and world map on a canvas, the PNG's counterpart of the SVG writer: the same frame
// layout (frame.ts), legend swatches and backdrop paths.
import {
  FONT_FAMILY,
  type Frame,
  PATH_DATA,
  type SceneBackdropPath,
  type SceneLegendSwatch,
  type TextLine,
} from "../pure";

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

/** The legend box with its swatches, the caption and the sources line, in frame units. */
export function drawFrame(ctx: CanvasRenderingContext2D, frame: Frame) {
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

/**
 * The world map under the graph, in the same transform as the graph image (graph units → frame units): `origin` is
 * where the graph's origin lands in the graph area, at `zoom`. Paths that are not plain path data are not drawn.
 */
export function drawBackdrop(
  ctx: CanvasRenderingContext2D,
  backdrop: readonly SceneBackdropPath[],
  frame: Frame,
  origin: { x: number; y: number; zoom: number },
) {
  const paths = backdrop.filter((p) => PATH_DATA.test(p.d));
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
