// A panel's two image buttons ("Export timeline PNG", "Export timeline SVG"): the panel's picture, framed with its
// caption and legend, as a 2× PNG on white or as SVG, named after the panel and its question.
import { useState } from "react";
import { downloadBlob } from "../../export/browser/download";
import { exportFileName, type FileNameQuery } from "../../export/pure";
import type { Picture } from "../../export/pure/panels";
import { picturePng, pictureSvg } from "./drawPicture";

interface Props {
  /** The panel's short name, in the buttons' labels and the file name: "timeline", "matrix". */
  name: string;
  /** The framed picture, made when a button is pressed; null while there is nothing to export. */
  picture: (() => Picture) | null;
  /** What the file name says after the panel's name. */
  query: FileNameQuery;
}

/** `liaison-matrix-nk-missile-2017-11-19.png`: the panel's name after the project's. */
export function panelFileName(name: string, query: FileNameQuery, ext: string): string {
  const stem = exportFileName(query, ext).replace(/^liaison-(dataset-)?/, "");
  return `liaison-${name}-${stem}`;
}

export function PanelExport({ name, picture, query }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const save = async (kind: "png" | "svg") => {
    if (!picture) return;
    setMessage(null);
    try {
      const drawn = picture();
      downloadBlob(
        kind === "png" ? await picturePng(drawn) : pictureSvg(drawn),
        panelFileName(name, query, kind),
      );
    } catch (error) {
      setMessage(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="panel-export">
      <button type="button" disabled={!picture} onClick={() => save("png")}>
        Export {name} PNG
      </button>
      <button type="button" disabled={!picture} onClick={() => save("svg")}>
        Export {name} SVG
      </button>
      {message ? (
        <p className="note" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
