// The explorer's state: plain data, pure updates, the permalink and the answer it shows; shared by the view and
// its tests.
export * from "./analysis";
export * from "./answer";
export * from "./blockedGroups";
export * from "./explorerState";
export * from "./followRoute";
export * from "./open";
export * from "./permalink";
export * from "./routeSpan";
export * from "./urlWrites";
