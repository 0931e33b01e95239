// The explorer's state: plain data, pure updates, the permalink and the answer it shows; shared by the view and
// its tests.
export * from "./analysis";
export * from "./answer";
export * from "./explorerState";
export * from "./open";
export * from "./permalink";
export * from "./urlWrites";
