// The route engine's public surface: findRoutes, route keys, the hop limits, and the query and answer types.
export { findRoutes } from "./findRoutes";
export { MAX_HOPS, MIN_HOPS } from "./limits";
export { type KeyedHop, parseRouteKey, type RouteKey, routeKey } from "./routeKey";
export * from "./types";
