// On a phone, the selected route in a bar along the bottom of the screen, so that a selection shows at once
// wherever the page is scrolled; "Details" goes to the full details. Wider screens show details beside the routes.
import type { Dispatch } from "react";
import type { Model } from "../../model";
import type { Route } from "../../routing";
import type { Action } from "../../state";
import { routePath } from "../routes/routeWords";

interface Props {
  model: Model;
  route: Route | null;
  number: number | null;
  dispatch: Dispatch<Action>;
}

export function SelectionSheet({ model, route, number, dispatch }: Props) {
  if (!route) return null;
  return (
    <aside className="selection-sheet" aria-label="Selected route">
      <p>
        <strong className={route.status}>{route.status === "permitted" ? "Permitted" : "Blocked"}</strong>{" "}
        {number === null ? "" : `${number}. `}
        {routePath(model, route)}
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => document.querySelector(".details-panel")?.scrollIntoView({ block: "start" })}
      >
        Details
      </button>
      <button
        type="button"
        className="secondary"
        aria-label="Clear the selected route"
        onClick={() => dispatch({ type: "select-route", route: null })}
      >
        ×
      </button>
    </aside>
  );
}
