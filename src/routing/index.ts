// The route engine's public surface: findRoutes, its query and answer types, and the synthetic world generator.
export { findRoutes } from "./findRoutes";
export { type KeyedHop, parseRouteKey, type RouteKey, routeKey } from "./routeKey";
export { type SyntheticWorldOptions, syntheticWorld } from "./synthetic";
export * from "./types";
