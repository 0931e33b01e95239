// The export buttons: PNG and SVG of the picture with its legend and caption (one click: screen size 2×, white,
// whole graph, the selected route emphasised), image options in a disclosure, and the data downloads.
import { useId, useState } from "react";
import { downloadBlob } from "../../export/browser/download";
import { ExportError } from "../../export/browser/exportError";
import type { ImageOptions } from "../../export/browser/exportImage";
import type { GraphHandle } from "../../export/browser/graphHandle";
import { type Emphasis, exportFileName } from "../../export/pure";
import type { Model } from "../../model";
import type { RouteAnswer } from "../../routing";
import { blockedInFocus, type ExplorerState } from "../../state";
import { DataExports } from "./DataExports";
import { SIZE_CHOICES, type SizeChoice, sizeOf } from "./imageChoices";

export interface ExportControlsProps {
  /** The graph's handle; image exports are disabled until the graph exists. */
  graph: GraphHandle | null;
  model: Model;
  answer: RouteAnswer | null;
  /** The query, date, selected route and drawing options the picture follows. */
  state: Pick<
    ExplorerState,
    "query" | "at" | "route" | "showBlocked" | "blockedFocus" | "hideInactive" | "disabled"
  >;
}

// Inline so the component needs no stylesheet of its own: the options open over the graph instead of pushing it down.
const ROW = { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.4rem" } as const;
const PANEL = {
  position: "absolute",
  right: 0,
  zIndex: 20,
  display: "grid",
  gap: "0.5rem",
  minWidth: "17rem",
  padding: "0.75rem",
  background: "#ffffff",
  border: "1px solid #d0d7de",
  borderRadius: "6px",
  boxShadow: "0 4px 12px rgba(31, 35, 40, 0.15)",
} as const;

/** Image export is fetched when first used, so the explorer's first load stays small. */
const imageExport = () => import("../../export/browser/exportImage");

/** A page served from this machine has an address no reader could open: its permalink is left out by default. */
const servedLocally = () => /^(localhost|127\.|\[::1\])/.test(window.location.hostname);

export function ExportControls({ graph, model, answer, state }: ExportControlsProps) {
  const [size, setSize] = useState<SizeChoice>("2x");
  const [width, setWidth] = useState(1600);
  const [background, setBackground] = useState<"white" | "transparent">("white");
  const [full, setFull] = useState(true);
  const [emphasis, setEmphasis] = useState<Emphasis>("selected");
  const [permalink, setPermalink] = useState(() => !servedLocally());
  const [inset, setInset] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const ids = useId();

  const shown = state.query && answer ? state.query : null;
  const fileName = (ext: string) =>
    exportFileName(shown ? { ...shown, at: state.at } : { at: state.at }, ext);
  const imageOptions = (): ImageOptions => ({
    picture: {
      model,
      at: state.at,
      answer: shown ? answer : null,
      selected: state.route,
      showBlocked: state.showBlocked,
      // The group of blocked candidates open in the routes panel, which the graph draws.
      blockedFocus: state.blockedFocus === null ? null : blockedInFocus(answer, state.blockedFocus),
      hideInactive: state.hideInactive,
      disabled: state.disabled,
    },
    emphasis,
    size: sizeOf(size, width),
    background,
    full,
    inset,
    ...(permalink ? { permalink: window.location.href } : {}),
  });

  const run = async (work: () => Promise<void> | void) => {
    setMessage(null);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage(
        error instanceof ExportError
          ? error.message
          : `Export failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };
  const save = (text: string, type: string, name: string) => downloadBlob(new Blob([text], { type }), name);

  return (
    <div className="export-controls" style={ROW}>
      <button
        type="button"
        disabled={!graph || busy}
        onClick={() =>
          run(async () => {
            if (graph)
              downloadBlob(await (await imageExport()).exportPng(graph, imageOptions()), fileName("png"));
          })
        }
      >
        Export PNG
      </button>
      <button
        type="button"
        disabled={!graph || busy}
        onClick={() =>
          run(async () => {
            if (graph) downloadBlob((await imageExport()).exportSvg(graph, imageOptions()), fileName("svg"));
          })
        }
      >
        Export SVG
      </button>
      <details className="export-options" style={{ position: "relative" }}>
        <summary>Export options</summary>
        <div style={PANEL}>
          <div className="field inline">
            <label htmlFor={`${ids}-size`}>Size</label>
            <select id={`${ids}-size`} value={size} onChange={(e) => setSize(e.target.value as SizeChoice)}>
              {SIZE_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          {size === "width" && (
            <div className="field inline">
              <label htmlFor={`${ids}-width`}>Width in pixels</label>
              <input
                id={`${ids}-width`}
                type="number"
                min={1}
                step={1}
                value={width}
                onChange={(e) => setWidth(Number(e.target.value))}
              />
            </div>
          )}
          <div className="field inline">
            <label htmlFor={`${ids}-background`}>Background</label>
            <select
              id={`${ids}-background`}
              value={background}
              onChange={(e) => setBackground(e.target.value === "transparent" ? "transparent" : "white")}
            >
              <option value="white">White</option>
              <option value="transparent">Transparent</option>
            </select>
          </div>
          <div className="field inline">
            <label htmlFor={`${ids}-area`}>Area</label>
            <select
              id={`${ids}-area`}
              value={full ? "full" : "view"}
              onChange={(e) => setFull(e.target.value === "full")}
            >
              <option value="full">Whole graph</option>
              <option value="view">Current view</option>
            </select>
          </div>
          <div className="field inline">
            <label htmlFor={`${ids}-routes`}>Routes</label>
            <select
              id={`${ids}-routes`}
              value={emphasis}
              onChange={(e) => setEmphasis(e.target.value === "all" ? "all" : "selected")}
            >
              <option value="selected">Selected route emphasised</option>
              <option value="all">All permitted routes alike</option>
            </select>
          </div>
          <div className="field check inline">
            <input
              id={`${ids}-inset`}
              type="checkbox"
              checked={inset}
              onChange={(e) => setInset(e.target.checked)}
            />
            <label htmlFor={`${ids}-inset`}>Enlarge short hops in an inset</label>
          </div>
          <div className="field check inline">
            <input
              id={`${ids}-permalink`}
              type="checkbox"
              checked={permalink}
              onChange={(e) => setPermalink(e.target.checked)}
            />
            <label htmlFor={`${ids}-permalink`}>Permalink under the picture</label>
          </div>
          <DataExports
            model={model}
            answer={answer}
            at={state.at}
            queryFileName={fileName}
            run={(work) => run(work)}
            save={save}
          />
        </div>
      </details>
      {message ? (
        <p className="note" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
