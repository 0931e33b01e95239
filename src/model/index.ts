// The model's public surface, shared by the route engine, the CLI and the explorer.
export * from "./channels.ts";
export { coverageOf, isListComplete, type NoRouteCoverage, noRouteCoverage } from "./coverage.ts";
export * from "./dates.ts";
export { decodeDatasetBytes } from "./decode.ts";
export * from "./errors.ts";
export { MAX_DEPTH, MAX_FILE_BYTES } from "./limits.ts";
export { type DatasetSource, type LoadResult, loadDataset } from "./load.ts";
export * from "./model.ts";
export * from "./names.ts";
export { formatPath } from "./parse.ts";
export * from "./random.ts";
export * from "./schema.ts";
export * from "./timeline.ts";
export * from "./topics.ts";
