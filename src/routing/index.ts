// The route engine's public surface: findRoutes and searchRoutes, route keys, the hop limits, and the query and
// answer types.
export { answerOf, findRoutes, type RouteSearch, searchRoutes } from "./findRoutes";
export { MAX_HOPS, MIN_HOPS } from "./limits";
export { type ListedSize, type NarrowingWords, TooManyRoutes, tooManyRoutes } from "./refusal";
export { type KeyedHop, parseRouteKey, type RouteKey, routeKey } from "./routeKey";
export * from "./types";
