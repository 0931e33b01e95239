// Details of the selected route: its status on the date and for how long, its hops and agreements, reasons,
// conditions, warnings and sources. A blocked route offers the nearest day on which it is permitted.
import { type Dispatch, memo, useState } from "react";
import { type Model, partyLabel } from "../../model";
import type { Route } from "../../routing";
import type { Action } from "../../state";
import { CodedMessages } from "../routes/CodedMessages";
import { routePath } from "../routes/routeWords";
import { SourceCitation, SourceLink } from "./Sources";

/** The widths at which the explorer is one column (as in styles.css). */
const NARROW = "(max-width: 1100px)";

interface Props {
  model: Model;
  route: Route;
  /** Its number in the routes list, or null when the list does not show it. */
  number: number | null;
  /** How long it stays as it is, one sentence a line (see spanWords); empty when that cannot be said. */
  spanText: string;
  /** For a blocked route, the nearest day on which it is permitted, or null. */
  go: string | null;
  dispatch: Dispatch<Action>;
}

// Memoised: an As-of step that leaves the route and its stretch as they were does not redraw its details.
export const RouteDetails = memo(function RouteDetails({
  model,
  route,
  number,
  spanText,
  go,
  dispatch,
}: Props) {
  const blocked = route.status === "blocked";
  // On a phone the sources (often a dozen quotes) start folded, so that the graph is not pages away.
  const [sourcesOpen] = useState(() => !window.matchMedia?.(NARROW).matches);
  return (
    <article className="details" aria-labelledby="details-heading">
      <h2 id="details-heading">
        {number === null ? "Selected route" : `Route ${number}`}: {routePath(model, route)}
      </h2>
      <p className={`route-status ${route.status}`}>
        <strong>{blocked ? "Blocked" : "Permitted"}</strong>,{" "}
        {route.kind === "direct"
          ? "direct"
          : `relayed through ${route.intermediaries.length === 1 ? "one party" : `${route.intermediaries.length} parties`}`}
        .
      </p>
      {spanText ? (
        <ul className="span-words">
          {spanText.split("\n").map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {go ? (
        <button type="button" className="secondary" onClick={() => dispatch({ type: "set-date", at: go })}>
          Go to {go}, when it is permitted
        </button>
      ) : null}
      <h3>Hops</h3>
      <ol className="plain">
        {route.hops.map((h) => (
          <li key={`${h.from}-${h.to}-${h.agreement}`}>
            {partyLabel(model, h.from)} → {partyLabel(model, h.to)} under{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => dispatch({ type: "select", selection: { type: "agreement", id: h.agreement } })}
            >
              {h.agreementName}
            </button>
          </li>
        ))}
      </ol>
      {route.reasons.length > 0 ? (
        <>
          <h3>Why it is blocked</h3>
          <CodedMessages items={route.reasons} kind="reason" className="plain" />
        </>
      ) : null}
      {route.conditions.length > 0 ? (
        <>
          <h3>Conditions</h3>
          <CodedMessages items={route.conditions} kind="condition" className="plain" />
        </>
      ) : null}
      {route.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <CodedMessages items={route.warnings} kind="warning" className="plain" />
        </>
      ) : null}
      <details className="route-sources" open={sourcesOpen}>
        <summary>
          <h3>Sources ({route.sources.length})</h3>
        </summary>
        <ul className="sources">
          {route.sources.map((s) => {
            const full = model.sources.get(s.id);
            return <li key={s.id}>{full ? <SourceCitation source={full} /> : <SourceLink {...s} />}</li>;
          })}
        </ul>
      </details>
    </article>
  );
});
