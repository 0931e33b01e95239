// Geometry of the graph's picture, shared by the explorer and image export: countries by ISO code, the projection
// that places the parties and the map's country shapes, what the map frames, the concentric rings, where the
// parties' names go and how a route's hops bend.
export { type ConcentricOptions, concentricPositions } from "./concentric";
export { type Country, countryOf } from "./countries";
export {
  boxAround,
  boxesMeet,
  cornerBoxes,
  edgeToward,
  type InsetView,
  magnifiedView,
  type ZoomLimits,
} from "./inset";
export {
  crowding,
  LABEL_SIDES,
  type LabelMetrics,
  type LabelNode,
  type LabelSide,
  type LabelSpot,
  labelBox,
  labelOffset,
  labelSides,
  METRICS,
  overlap,
  type Segment,
} from "./labelPlacement";
export {
  FOCUS_WEIGHT,
  type FocusInput,
  focusParties,
  framedBlocked,
  framedRoutes,
  MAX_FRAMED_BLOCKED,
  mapFocus,
  mapLinks,
  type PartyLink,
  weighFramed,
} from "./mapFocus";
export { type MapLabel, placeMapLabels } from "./mapLabels";
export { nodeLabel } from "./nodeLabel";
export {
  labelSpots,
  MAX_PLACED,
  type PartyLabel,
  type PartyLabelOptions,
  partyLabels,
  routeLines,
} from "./partyLabels";
export type { Box, Point, Size } from "./plane";
export {
  centralMeridian,
  type FrameOptions,
  type GeoFrame,
  geographicFrame,
  type MapLink,
  unplacedParties,
} from "./projection";
export { type HopCurve, NODE_CLEARANCE, type RouteHop, routeCurves } from "./routeCurves";
export { loadWorldShapes, type MapPath, type MapPaths, mapPaths, type WorldShapes } from "./worldMap";
