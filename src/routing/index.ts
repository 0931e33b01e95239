// The route engine's public surface: findRoutes, route keys, and the query and answer types.
export { findRoutes } from "./findRoutes";
export { type KeyedHop, parseRouteKey, type RouteKey, routeKey } from "./routeKey";
export * from "./types";
