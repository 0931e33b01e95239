// Pure export writers (no DOM): dataset JSON, GEXF, GraphML, route CSV, SVG from a scene, file names, captions.
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
export type * from "./scene";
export { CSV_COLUMNS, csvCell, toCsv } from "./toCsv";
export { toJson } from "./toJson";
export { PATH_DATA, toSvg } from "./toSvg";
export { escapeXml } from "./xml";
