// The network's backdrop drawn under the graph on a canvas of its own: one hairline per pair of parties, all in one
// path, so tens of thousands of them cost a few milliseconds to draw where Cytoscape, drawing each edge on its own,
// takes most of a second. toElements still decides which lines there are (the `network` edges); the view draws them
// here instead of in Cytoscape, in the backdrop styles image export draws them in (its picture's own lines, from
// data), and follows Cytoscape's node positions and viewport.
import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import { lineStyle } from "../../export/pure";
import type { Point } from "../../geo";

/** One backdrop line: its ends by party id, and whether its agreements are in force on the date. */
export interface NetworkLine {
  source: string;
  target: string;
  operative: boolean;
}

const STYLE = {
  operative: lineStyle("backdrop", "forum", "binding"),
  inactive: lineStyle("backdrop-inactive", "forum", "binding"),
};
/** How long the view must stay still before the lines are drawn afresh for it. */
const SETTLE_MS = 120;

/** How the view shows the graph: Cytoscape's zoom and pan, and the canvas's pixels per CSS pixel. */
export interface LineView {
  zoom: number;
  pan: Point;
  ratio: number;
}

/**
 * The lines in the canvas's own pixels for `view`, in two groups by status; lines with an end not placed are left
 * out. The canvas draws them with no scaling transform: a line one pixel wide under a transform that scales it back
 * by the zoom can come out a hair over one pixel, and Skia then strokes the whole path as an outline instead of as a
 * hairline, which for tens of thousands of lines took seconds in one frame.
 */
export function lineSegments(
  lines: readonly NetworkLine[],
  positions: (id: string) => Point | undefined,
  view: LineView,
): { operative: [Point, Point][]; inactive: [Point, Point][] } {
  const out = { operative: [] as [Point, Point][], inactive: [] as [Point, Point][] };
  const scale = view.zoom * view.ratio;
  const [dx, dy] = [view.pan.x * view.ratio, view.pan.y * view.ratio];
  const at = (p: Point): Point => ({ x: p.x * scale + dx, y: p.y * scale + dy });
  for (const line of lines) {
    const [a, b] = [positions(line.source), positions(line.target)];
    if (a && b) out[line.operative ? "operative" : "inactive"].push([at(a), at(b)]);
  }
  return out;
}

function positionsOf(cy: Core): (id: string) => Point | undefined {
  return (id) => {
    const node = cy.getElementById(id);
    return node.empty() ? undefined : node.position();
  };
}

interface Props {
  cy: Core | null;
  lines: readonly NetworkLine[];
}

/**
 * A canvas filling its parent that draws `lines` between the nodes of `cy` as Cytoscape shows them: redrawn (once a
 * frame at most) when the viewport moves, nodes move or the lines change. `data-lines` tells how many it draws.
 */
export function NetworkLayer({ cy, lines }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const latest = useRef(lines);
  latest.current = lines;
  const redraw = useRef<() => void>(() => {});

  useEffect(() => {
    const el = canvas.current;
    if (!cy || !el) return;
    let queued = 0;
    let settle = 0;
    // The viewport the canvas was last drawn for: while a person pans or zooms, the drawn picture is moved and scaled
    // to follow (the compositor's work, not a redraw of every line), and drawn afresh once the view stays still.
    let drawnFor = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const draw = () => {
      queued = 0;
      drawnFor = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      el.style.transform = "";
      const ratio = window.devicePixelRatio || 1;
      const [width, height] = [el.clientWidth, el.clientHeight];
      if (el.width !== Math.round(width * ratio) || el.height !== Math.round(height * ratio)) {
        el.width = Math.round(width * ratio);
        el.height = Math.round(height * ratio);
      }
      const context = el.getContext("2d");
      if (!context) return;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, el.width, el.height);
      const groups = lineSegments(latest.current, positionsOf(cy), { zoom: cy.zoom(), pan: cy.pan(), ratio });
      for (const status of ["inactive", "operative"] as const) {
        // Widths in pixels whatever the zoom.
        context.lineWidth = STYLE[status].width * ratio;
        context.strokeStyle = STYLE[status].colour;
        context.globalAlpha = STYLE[status].opacity;
        context.beginPath();
        for (const [a, b] of groups[status]) {
          context.moveTo(a.x, a.y);
          context.lineTo(b.x, b.y);
        }
        context.stroke();
      }
      context.globalAlpha = 1;
    };
    const request = () => {
      if (!queued) queued = requestAnimationFrame(draw);
    };
    const follow = () => {
      const scale = cy.zoom() / drawnFor.zoom;
      const pan = cy.pan();
      el.style.transformOrigin = "0 0";
      el.style.transform = `translate(${pan.x - drawnFor.pan.x * scale}px, ${pan.y - drawnFor.pan.y * scale}px) scale(${scale})`;
      clearTimeout(settle);
      settle = window.setTimeout(request, SETTLE_MS);
    };
    redraw.current = request;
    cy.on("viewport", follow);
    cy.on("resize", request);
    cy.on("position", "node", request);
    request();
    return () => {
      cy.off("viewport", follow);
      cy.off("resize", request);
      cy.off("position", "node", request);
      if (queued) cancelAnimationFrame(queued);
      clearTimeout(settle);
      redraw.current = () => {};
    };
  }, [cy]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list of lines is the reason to draw again
  useEffect(() => redraw.current(), [lines]);

  return (
    <canvas
      ref={canvas}
      data-lines={lines.length}
      style={{ position: "absolute", inset: 0, width: "100%", height: "100%", pointerEvents: "none" }}
    />
  );
}
