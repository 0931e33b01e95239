// The frame every analysis panel shares: a region named by its heading, a line on what it answers, its image
// buttons and a close button, then the panel's body and what it says while it computes or fails.
import { type ReactNode, useId } from "react";
import type { FileNameQuery } from "../../export/pure";
import type { LegendEntry, Picture } from "../../export/pure/panels";
import { PanelExport } from "./PanelExport";

interface Props {
  title: string;
  /** What the panel answers: the topic, date and settings. */
  about?: string;
  /** The panel's short name for its export buttons ("timeline"). */
  name: string;
  picture: (() => Picture) | null;
  fileQuery: FileNameQuery;
  onClose(): void;
  /** The answer is being computed; with `shown`, an earlier answer stands in meanwhile. */
  pending?: boolean;
  shown?: boolean;
  error?: string | null;
  legend?: readonly LegendEntry[];
  children: ReactNode;
}

export function PanelFrame(props: Props) {
  const id = useId();
  return (
    <section
      className="analysis-panel"
      aria-labelledby={`${id}-title`}
      aria-busy={props.pending || undefined}
    >
      <div className="analysis-panel-head">
        <h3 id={`${id}-title`}>{props.title}</h3>
        <PanelExport name={props.name} picture={props.picture} query={props.fileQuery} />
        <button type="button" className="close" aria-label={`Close ${props.name}`} onClick={props.onClose}>
          ×
        </button>
      </div>
      {props.about ? <p className="muted analysis-about">{props.about}</p> : null}
      {props.error ? (
        <p className="note" role="alert">
          Could not compute this: {props.error}
        </p>
      ) : null}
      {props.pending ? (
        <p className="muted" role="status">
          {props.shown ? "Updating…" : "Computing…"}
        </p>
      ) : null}
      {props.children}
      {props.legend && props.legend.length > 0 ? (
        <ul className="analysis-legend" aria-label="Legend">
          {props.legend.map((entry) => (
            <li key={entry.label}>
              <span
                className={`swatch${entry.mark === "line" ? " line" : ""}`}
                style={{ background: entry.colour }}
                aria-hidden="true"
              />
              {entry.label}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
