// The analysis panels' pictures (pure): route timeline, two-date comparison, reachability matrix and brokers as
// shapes, framed for export with caption and legend, and written as SVG.
export * from "./brokersPicture";
export * from "./colours";
export * from "./comparisonPicture";
export * from "./dayAxis";
export * from "./matrixGroups";
export * from "./matrixPicture";
export * from "./panelFrame";
export * from "./picture";
export * from "./routeTimelinePicture";
export * from "./words";
