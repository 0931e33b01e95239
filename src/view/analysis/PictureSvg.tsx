// A panel's picture drawn on screen as SVG elements (React escapes every text), with an accessible name, and
// clicks reported in picture units.
import type { MouseEvent } from "react";
import { FONT_FAMILY } from "../../export/pure";
import type { Picture, Shape } from "../../export/pure/panels";

function ShapeSvg({ shape }: { shape: Shape }) {
  switch (shape.kind) {
    case "rect":
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          fill={shape.fill}
          stroke={shape.stroke}
        >
          {shape.title ? <title>{shape.title}</title> : null}
        </rect>
      );
    case "line":
      return (
        <line
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          stroke={shape.stroke}
          strokeWidth={shape.width}
          strokeDasharray={shape.dash?.join(" ")}
        />
      );
    case "polygon":
      return (
        <polygon points={shape.points.map(([x, y]) => `${x},${y}`).join(" ")} fill={shape.fill}>
          {shape.title ? <title>{shape.title}</title> : null}
        </polygon>
      );
    case "text":
      return (
        <text
          x={shape.x}
          y={shape.y}
          fontSize={shape.size}
          fill={shape.fill}
          fontWeight={shape.bold ? "bold" : undefined}
          textAnchor={shape.anchor}
          transform={shape.rotate ? `rotate(${shape.rotate} ${shape.x} ${shape.y})` : undefined}
        >
          {shape.text}
        </text>
      );
  }
}

interface Props {
  picture: Picture;
  /** Called with the click's position in picture units. */
  onPick?(point: { x: number; y: number }): void;
  className?: string;
}

/** The picture as an `<svg role="img">` named by its title, scaled to its container's width. */
export function PictureSvg({ picture, onPick, className }: Props) {
  const click = (event: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    onPick({
      x: ((event.clientX - box.left) / box.width) * picture.width,
      y: ((event.clientY - box.top) / box.height) * picture.height,
    });
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard reaches the same choices through the list beside it
    <svg
      className={className}
      role="img"
      aria-label={picture.title}
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      width="100%"
      fontFamily={FONT_FAMILY}
      onClick={click}
    >
      {picture.shapes.map((shape, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a picture's shapes have no identity beyond their place
        <ShapeSvg key={i} shape={shape} />
      ))}
    </svg>
  );
}
