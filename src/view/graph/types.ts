// The contract between the explorer shell and the graph view (the Cytoscape adapter).
import type { GraphHandle } from "../../export/browser/graphHandle";
import type { GraphDetail } from "../../export/pure";
import type { Day, Model } from "../../model";
import type { Route, RouteAnswer } from "../../routing/types";
import type { Layout, Selection } from "../../state";
import type { EdgeChanges } from "./elements";
import type { GraphRenderer } from "./renderer";

export interface GraphViewProps {
  model: Model;
  /** The As-of date: agreements not operative on it are faded (or hidden with `hideInactive`). */
  at: Day;
  /** The current answer, if a query has been run. */
  answer: RouteAnswer | null;
  /** The route to highlight with its direction; everything else is dimmed. */
  selectedRoute: Route | null;
  /** Draw the blocked candidates of the answer (dashed, with their reasons on hover/selection). */
  showBlocked: boolean;
  /** The group of blocked candidates in focus: when given, only these are drawn (see ElementsInput). */
  blockedFocus?: readonly Route[] | null;
  hideInactive: boolean;
  /** The layout asked for; the geographic one is drawn force-directed when parties have no place on the map. */
  layout: Layout;
  /** The level of detail and the renderer, fixed for the life of the view (give the view a key made of them). */
  detail: GraphDetail;
  renderer: GraphRenderer;
  selection: Selection;
  /** Agreement and party ids disabled by the scenario: drawn as switched off. */
  disabled: readonly string[];
  /** Edges a comparison of two dates marks as gained, lost or changed. */
  changes?: EdgeChanges | null;
  onSelect(selection: Selection): void;
  /** Called once with the graph's handle for image export. */
  onReady?(graph: GraphHandle): void;
  /** Called with the layout drawn whenever it changes (the geographic one may be drawn force-directed). */
  onDrawn?(layout: Layout): void;
}
