// The reachability matrix on a canvas (usable at 200 parties: 40,000 cells are one drawing, not 40,000 elements):
// senders down, receivers across, coloured by best route kind, sortable; a cell clicked (or chosen with the arrow
// keys and Enter) asks that route question.
import {
  type Dispatch,
  type KeyboardEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import {
  cellAt,
  cellWords,
  groupBand,
  LABEL_FONT,
  MATRIX_LEGEND,
  type MatrixGeometry,
  matrixDrawing,
  matrixPicture,
  pairIndex,
  pairWords,
  settingsWords,
} from "../../export/pure/panels";
import type { Model } from "../../model";
import { type Action, type ExplorerState, MATRIX_SORTS, type MatrixSort } from "../../state";
import { drawPicture } from "./drawPicture";
import { type MatrixOrder, matrixOrder } from "./matrixOrder";
import { PanelFrame } from "./PanelFrame";
import { analysisRequest, jobOptions } from "./question";
import { useJob } from "./useJob";

interface Props {
  model: Model;
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

const SORT_WORDS: Record<MatrixSort, string> = { name: "Name", region: "Region", degree: "Degree" };

/** Cells share at least this much room, and at least 4 units each (the panel scrolls beyond its width). */
const MIN_SIDE = 600;
const MIN_CELL = 4;

/**
 * The room for the cells: MIN_SIDE less the band naming the groups beside the party names, so the panel keeps its
 * width sorted by region; 4 units a cell where that is more (the groups then stand in for the names).
 */
function cellSide(order: MatrixOrder): number {
  return Math.max(MIN_SIDE - groupBand(order.groups, LABEL_FONT), order.order.length * MIN_CELL);
}

/** Put a canvas at its drawing's size in CSS pixels, sharp on high-density screens; null when there is no 2D context. */
function sized(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.ceil(width * ratio);
  canvas.height = Math.ceil(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext("2d");
  ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}

function outline(ctx: CanvasRenderingContext2D, g: MatrixGeometry, i: number, j: number, colour: string) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.strokeRect(g.left + j * g.cell - 1, g.top + i * g.cell - 1, g.cell + 2, g.cell + 2);
}

export function MatrixPanel({ model, state, dispatch }: Props) {
  const sort = state.analysis.matrix ?? "name";
  const { topic } = analysisRequest(state);
  const options = jobOptions(state);
  const { result, last, pending, error } = useJob(model, {
    kind: "reachability",
    topic,
    at: state.at,
    options,
  });
  const reach = result ?? last;
  const order = useMemo(
    () => (reach ? matrixOrder(model, reach.parties, sort, reach.query.at, reach.query.disable) : null),
    [model, reach, sort],
  );
  const drawn = useMemo(() => {
    if (!reach || !order) return null;
    return matrixDrawing({
      model,
      reach,
      order: order.order,
      groups: order.groups,
      maxSide: cellSide(order),
    });
  }, [model, reach, order]);
  const index = useMemo(() => (reach ? pairIndex(reach) : null), [reach]);
  const [active, setActive] = useState({ i: 0, j: 1 });
  const [hover, setHover] = useState<{ i: number; j: number } | null>(null);
  const base = useRef<HTMLCanvasElement>(null);
  const marks = useRef<HTMLCanvasElement>(null);
  const readout = useId();
  const sortId = useId();

  useLayoutEffect(() => {
    const canvas = base.current;
    if (!canvas || !drawn) return;
    const ctx = sized(canvas, drawn.drawing.width, drawn.drawing.height);
    if (ctx) drawPicture(ctx, { ...drawn.drawing, title: "" }, window.devicePixelRatio || 1);
  }, [drawn]);

  const n = drawn?.geometry.order.length ?? 0;
  const at = { i: Math.min(active.i, n - 1), j: Math.min(active.j, n - 1) };
  useEffect(() => {
    const canvas = marks.current;
    if (!canvas || !drawn) return;
    const ctx = sized(canvas, drawn.drawing.width, drawn.drawing.height);
    if (!ctx || n === 0) return;
    if (hover) outline(ctx, drawn.geometry, hover.i, hover.j, "#57606a");
    outline(ctx, drawn.geometry, at.i, at.j, "#1f2328");
  }, [drawn, hover, at.i, at.j, n]);

  const ask = (i: number, j: number) => {
    const ids = drawn?.geometry.order;
    const from = ids?.[i];
    const to = ids?.[j];
    if (from && to && from !== to) dispatch({ type: "ask-route", from, to, topic });
  };
  const cellOf = (event: { clientX: number; clientY: number; currentTarget: HTMLElement }) => {
    if (!drawn) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const scale = box.width > 0 ? drawn.drawing.width / box.width : 1;
    const hit = cellAt(drawn.geometry, (event.clientX - box.left) * scale, (event.clientY - box.top) * scale);
    if (!hit) return null;
    return { i: drawn.geometry.order.indexOf(hit.from), j: drawn.geometry.order.indexOf(hit.to) };
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (n === 0) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      ask(at.i, at.j);
      return;
    }
    const step = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[event.key];
    const page = { PageUp: [-10, 0], PageDown: [10, 0], Home: [0, -n], End: [0, n] }[event.key];
    const move = step ?? page;
    if (!move) return;
    event.preventDefault();
    const clamp = (v: number) => Math.max(0, Math.min(n - 1, v));
    setActive({ i: clamp(at.i + move[0]!), j: clamp(at.j + move[1]!) });
  };

  const ids = drawn?.geometry.order ?? [];
  const describe = (i: number, j: number) => {
    const from = ids[i];
    const to = ids[j];
    if (!from || !to) return "";
    if (from === to) return `${pairWords(model, from, to)}: the same party`;
    return cellWords(model, from, to, index?.get(from)?.get(to));
  };
  const reached = reach ? reach.pairs.filter((p) => p.best !== "none").length : 0;
  return (
    <PanelFrame
      title={`Reachability on ${state.at}`}
      about={`${settingsWords(model, topic, options)}. Senders down, receivers across; a cell asks its route question.`}
      name="matrix"
      picture={
        reach && order
          ? () =>
              matrixPicture({
                model,
                reach,
                order: order.order,
                groups: order.groups,
                maxSide: cellSide(order),
                titles: order.order.length <= 60,
                orderWords: order.words,
              })
          : null
      }
      fileQuery={{ at: state.at }}
      onClose={() => dispatch({ type: "show-matrix", sort: null })}
      pending={pending}
      shown={reach !== null}
      error={error}
      legend={MATRIX_LEGEND}
    >
      <div className="field inline">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={sort}
          onChange={(e) => dispatch({ type: "show-matrix", sort: e.target.value as MatrixSort })}
        >
          {MATRIX_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_WORDS[s]}
            </option>
          ))}
        </select>
        {reach ? (
          <span className="muted">
            {reach.parties.length} parties, {reached.toLocaleString("en")} of{" "}
            {reach.pairs.length.toLocaleString("en")} ordered pairs reachable
          </span>
        ) : null}
      </div>
      {drawn ? (
        <div className="matrix-scroll">
          <div
            className="matrix-canvas"
            role="application"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: up to 40,000 cells on a canvas take one Tab stop; arrow keys move the cell
            tabIndex={0}
            aria-label="Reachability matrix: arrow keys choose a pair, Enter asks its route question"
            aria-describedby={readout}
            onKeyDown={onKeyDown}
            onClick={(event) => {
              const cell = cellOf(event);
              if (cell) {
                setActive(cell);
                ask(cell.i, cell.j);
              }
            }}
            onMouseMove={(event) => setHover(cellOf(event))}
            onMouseLeave={() => setHover(null)}
          >
            <canvas ref={base} />
            <canvas ref={marks} className="matrix-marks" />
          </div>
        </div>
      ) : null}
      <p className="matrix-readout" aria-hidden="true">
        {hover ? describe(hover.i, hover.j) : describe(at.i, at.j)}
      </p>
      <p id={readout} className="visually-hidden" role="status">
        {describe(at.i, at.j)}
      </p>
    </PanelFrame>
  );
}
