// Analyses over time and across the network, on the route engine's rules: route timeline, two-date comparison,
// reachability, critical links, brokerage (and betweenness beside it).
export { BROKERAGE_VS_BETWEENNESS, brokers, channelBetweenness } from "./brokers";
export { compareDates } from "./compare";
export { criticalLinks } from "./critical";
export { datasetSpan } from "./query";
export { type ReachabilityOptions, reachability } from "./reachability";
export { routeKeyTimeline, routeTimeline } from "./timeline";
export type * from "./types";
