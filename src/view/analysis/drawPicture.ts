// Drawing a panel's picture on a canvas (the matrix on screen, every panel's PNG) and making its image files: the
// PNG rasterised here, the SVG from the pure writer, as the graph's export does with its frame.
import { FONT_FAMILY } from "../../export/pure";
import { type Picture, pictureToSvg, type Shape } from "../../export/pure/panels";

function drawShape(ctx: CanvasRenderingContext2D, shape: Shape) {
  switch (shape.kind) {
    case "rect":
      ctx.fillStyle = shape.fill;
      ctx.fillRect(shape.x, shape.y, shape.width, shape.height);
      if (shape.stroke) {
        ctx.strokeStyle = shape.stroke;
        ctx.lineWidth = 1;
        ctx.strokeRect(shape.x + 0.5, shape.y + 0.5, shape.width - 1, shape.height - 1);
      }
      return;
    case "line":
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = shape.width;
      ctx.setLineDash(shape.dash ? [...shape.dash] : []);
      ctx.beginPath();
      ctx.moveTo(shape.x1, shape.y1);
      ctx.lineTo(shape.x2, shape.y2);
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case "polygon": {
      ctx.fillStyle = shape.fill;
      ctx.beginPath();
      for (const [i, [x, y]] of shape.points.entries()) {
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
      ctx.fill();
      return;
    }
    case "text":
      ctx.save();
      ctx.font = `${shape.bold ? "bold " : ""}${shape.size}px ${FONT_FAMILY}`;
      ctx.fillStyle = shape.fill;
      ctx.textAlign = shape.anchor === "middle" ? "center" : shape.anchor === "end" ? "right" : "left";
      ctx.textBaseline = "alphabetic";
      ctx.translate(shape.x, shape.y);
      if (shape.rotate) ctx.rotate((shape.rotate * Math.PI) / 180);
      ctx.fillText(shape.text, 0, 0);
      ctx.restore();
      return;
  }
}

/** Draw `picture` at `scale` canvas pixels per picture unit, on white unless `background` is transparent. */
export function drawPicture(
  ctx: CanvasRenderingContext2D,
  picture: Picture,
  scale: number,
  background: "white" | "transparent" = "white",
): void {
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.clearRect(0, 0, picture.width, picture.height);
  if (background === "white") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, picture.width, picture.height);
  }
  for (const shape of picture.shapes) drawShape(ctx, shape);
  ctx.restore();
}

/** The picture as a PNG at `scale` (default 2×), white or transparent. Rejects when the browser cannot draw it. */
export function picturePng(
  picture: Picture,
  options: { scale?: number; background?: "white" | "transparent" } = {},
): Promise<Blob> {
  const scale = options.scale ?? 2;
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(picture.width * scale);
  canvas.height = Math.ceil(picture.height * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("The browser could not create a canvas for the PNG."));
  drawPicture(ctx, picture, scale, options.background);
  return new Promise((done, fail) =>
    canvas.toBlob(
      (blob) => (blob ? done(blob) : fail(new Error("The browser could not encode the PNG."))),
      "image/png",
    ),
  );
}

/** The picture as an SVG file. */
export function pictureSvg(picture: Picture, background: "white" | "transparent" = "white"): Blob {
  return new Blob([pictureToSvg(picture, background)], { type: "image/svg+xml" });
}
