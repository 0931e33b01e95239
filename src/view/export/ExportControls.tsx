// The export buttons: PNG and SVG of the graph with legend and caption (one click = 2×, white, whole graph), image
// options in a disclosure, and data downloads (dataset JSON, GEXF, GraphML, route comparison CSV).
import { useId, useState } from "react";
import { downloadBlob } from "../../export/browser/download";
import { ExportError, exportPng, exportSvg } from "../../export/browser/exportImage";
import type { GraphHandle } from "../../export/browser/graphHandle";
import {
  captionFor,
  exportFileName,
  LEGEND_ITEMS,
  toCsv,
  toGexf,
  toGraphml,
  toJson,
} from "../../export/pure";
import type { Day, Model } from "../../model";
import type { RouteAnswer } from "../../routing/types";

export interface ExportControlsProps {
  /** The graph's handle; image exports are disabled until the graph exists. */
  graph: GraphHandle | null;
  model: Model;
  answer: RouteAnswer | null;
  /** The query being answered, if any. */
  query: { from: string; to: string; topic: string } | null;
  at: Day;
}

const SCALES = [1, 2, 4] as const;

// Inline so the component needs no stylesheet of its own: the options open over the graph instead of pushing it down.
const ROW = { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.4rem" } as const;
const PANEL = {
  position: "absolute",
  right: 0,
  zIndex: 20,
  display: "grid",
  gap: "0.5rem",
  minWidth: "16rem",
  padding: "0.75rem",
  background: "#ffffff",
  border: "1px solid #d0d7de",
  borderRadius: "6px",
  boxShadow: "0 4px 12px rgba(31, 35, 40, 0.15)",
} as const;

export function ExportControls({ graph, model, answer, query, at }: ExportControlsProps) {
  const [scale, setScale] = useState<number>(2);
  const [background, setBackground] = useState<"white" | "transparent">("white");
  const [full, setFull] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const ids = useId();

  const shown = query && answer ? query : null;
  const imageName = (ext: string) => exportFileName(shown ? { ...shown, at } : { at }, ext);
  const imageOptions = () => ({
    scale,
    background,
    full,
    legend: LEGEND_ITEMS,
    caption: captionFor(model, at, shown, shown ? answer : null),
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
  const data = (text: string, type: string, name: string) => () => {
    downloadBlob(new Blob([text], { type }), name);
  };

  return (
    <div className="export-controls" style={ROW}>
      <button
        type="button"
        disabled={!graph || busy}
        onClick={() =>
          run(async () => {
            if (graph) downloadBlob(await exportPng(graph, imageOptions()), imageName("png"));
          })
        }
      >
        Export PNG
      </button>
      <button
        type="button"
        disabled={!graph || busy}
        onClick={() =>
          run(() => {
            if (graph) downloadBlob(exportSvg(graph, imageOptions()), imageName("svg"));
          })
        }
      >
        Export SVG
      </button>
      <details className="export-options" style={{ position: "relative" }}>
        <summary>Export options</summary>
        <div style={PANEL}>
          <div className="field inline">
            <label htmlFor={`${ids}-scale`}>Scale</label>
            <select id={`${ids}-scale`} value={scale} onChange={(e) => setScale(Number(e.target.value))}>
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </div>
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
          <div className="export-data" style={ROW}>
            <button
              type="button"
              onClick={() => run(data(toJson(model.dataset), "application/json", exportFileName({}, "json")))}
            >
              Export JSON
            </button>
            <button
              type="button"
              onClick={() =>
                run(data(toGexf(model, { at }), "application/gexf+xml", exportFileName({ at }, "gexf")))
              }
            >
              Export GEXF
            </button>
            <button
              type="button"
              onClick={() =>
                run(
                  data(
                    toGraphml(model, { at }),
                    "application/graphml+xml",
                    exportFileName({ at }, "graphml"),
                  ),
                )
              }
            >
              Export GraphML
            </button>
            <button
              type="button"
              disabled={!answer}
              title={answer ? undefined : "Find routes first"}
              onClick={() =>
                run(() => {
                  if (answer) data(toCsv(answer), "text/csv", imageName("csv"))();
                })
              }
            >
              Export routes CSV
            </button>
          </div>
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
