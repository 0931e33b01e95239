// The route engine's public surface: findRoutes and searchRoutes, route keys, and the query and answer types.
export {
  answerOf,
  findRoutes,
  type NarrowingWords,
  type RouteSearch,
  searchRoutes,
  tooManyRoutes,
} from "./findRoutes";
export { type KeyedHop, parseRouteKey, type RouteKey, routeKey } from "./routeKey";
export * from "./types";
