// Pure export (no DOM): dataset JSON, GEXF, GraphML, route CSV; the scene of an image (the picture of an answer at
// the layout's positions, with its legend and caption) and its SVG; file names.

// The concentric layout is the core's (src/geo), named here too for the command line's image export.
export { concentricPositions } from "../../geo";
export { BORDER_WIDTH, type MapBackdrop, mapBackdrop } from "./backdrop";
export {
  answerWords,
  blockedSelectionWords,
  type Caption,
  captionFor,
  longDate,
  routeWords,
  sourceEntries,
} from "./caption";
export { type ImageArea, type ImageInput, sceneOf } from "./compose";
export { creditLines, sourceLines } from "./credits";
export { type GraphDetail, graphDetail, NETWORK_EDGES, NETWORK_PARTIES } from "./detail";
export { exportFileName, type FileNameQuery } from "./fileName";
export { type Frame, type FrameInput, layoutFrame } from "./frame";
export {
  type ExportEdge,
  type ExportGraph,
  type ExportNode,
  exportGraph,
  type GraphFileOptions,
  toGexf,
  toGraphml,
} from "./graphFiles";
export { LEGEND_ENTRIES, type LegendEntry, legendOf } from "./imageLegend";
export { type ImageSize, PRESET_NAMES, PRESETS, type Preset, type Target, targetOf } from "./imageSize";
export { captionText, insetOf, insetParties, type Obstacle, placeInset, SHORT_HOP, shortHops } from "./inset";
export { LEGEND_ITEMS, type LegendItem, type LegendSwatch } from "./legend";
export { type LineRole, lineStyle, nodeStyle } from "./marks";
export { COLOURS, DASH, FRAME_MUTED, FRAME_TEXT, KIND_COLOURS } from "./palette";
export {
  blockedShown,
  type Emphasis,
  focusOf,
  type Picture,
  type PictureInput,
  type PictureLine,
  pictureOf,
} from "./picture";
export type * from "./scene";
export { areaOf, type GraphSnapshot, isEmptySnapshot, type Viewport, viewportExtent } from "./snapshot";
export { FONT_FAMILY, type TextLine, textWidth, wrapText } from "./text";
export { CSV_COLUMNS, csvCell, toCsv } from "./toCsv";
export { toJson } from "./toJson";
export { PATH_DATA, toSvg } from "./toSvg";
export { escapeXml } from "./xml";
