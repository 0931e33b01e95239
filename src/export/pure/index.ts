// Pure export (no DOM): dataset JSON, GEXF, GraphML, route CSV; the scene of an image (from a snapshot of the graph,
// with the world map, legend and palette) and its SVG; file names and captions.
export { BORDER_WIDTH, type MapBackdrop, mapBackdrop } from "./backdrop";
export { captionFor, sourcesLine } from "./caption";
export { exportFileName, type FileNameQuery } from "./fileName";
export {
  FONT_FAMILY,
  type Frame,
  type FrameLegend,
  layoutFrame,
  type TextLine,
  textWidth,
  wrapText,
} from "./frame";
export {
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  exportGraph,
  type GraphFileOptions,
  toGexf,
  toGraphml,
} from "./graphFiles";
export { LEGEND_ITEMS, type LegendItem, type LegendSwatch } from "./legend";
export { COLOURS, DASH, KIND_COLOURS } from "./palette";
export type * from "./scene";
export {
  type GraphSnapshot,
  isEmptySnapshot,
  type MeasuredBox,
  type SceneOptions,
  sceneOf,
  type Viewport,
  viewportExtent,
} from "./snapshot";
export { PATH_DATA } from "./svgGraph";
export { CSV_COLUMNS, csvCell, toCsv } from "./toCsv";
export { toJson } from "./toJson";
export { toSvg } from "./toSvg";
export { escapeXml } from "./xml";
