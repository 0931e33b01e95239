// Geography for the geographic layout and the world map under it: countries by ISO code, the projection that
// places the parties, and the map's country shapes as SVG paths.
export { type Country, countryOf } from "./countries";
export type { Box, Point, Size } from "./plane";
export { centralMeridian, type GeoFrame, geographicFrame } from "./projection";
export { loadWorldShapes, type MapPath, type MapPaths, mapPaths, type WorldShapes } from "./worldMap";
