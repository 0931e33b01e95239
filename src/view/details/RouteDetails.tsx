// Details of the selected route: its hops and agreements, conditions, warnings or reasons, validity and sources.
import { type Dispatch, memo } from "react";
import { type Model, partyLabel } from "../../model";
import type { Route } from "../../routing";
import type { Action } from "../../state";
import { windowWords } from "../labels";
import { CodedMessages } from "../routes/CodedMessages";
import { routePath } from "../routes/routeWords";
import { SourceCitation, SourceLink } from "./Sources";

interface Props {
  model: Model;
  route: Route;
  number: number;
  dispatch: Dispatch<Action>;
}

// Memoised: an As-of step that leaves the route as it was does not redraw its details.
export const RouteDetails = memo(function RouteDetails({ model, route, number, dispatch }: Props) {
  return (
    <article className="details" aria-labelledby="details-heading">
      <h2 id="details-heading">
        Route {number}: {routePath(model, route)}
      </h2>
      <p>
        <strong>{route.status === "permitted" ? "Permitted" : "Blocked"}</strong>,{" "}
        {route.kind === "direct" ? "direct" : "relayed"}; valid {windowWords(route.validFrom, route.validTo)}
      </p>
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
      <h3>Sources</h3>
      <ul className="sources">
        {route.sources.map((s) => {
          const full = model.sources.get(s.id);
          return <li key={s.id}>{full ? <SourceCitation source={full} /> : <SourceLink {...s} />}</li>;
        })}
      </ul>
    </article>
  );
});
