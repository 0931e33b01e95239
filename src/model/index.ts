// The model's public surface, shared by the route engine, the CLI and the explorer.
export * from "./channels";
export * from "./dates";
export * from "./errors";
export { type DatasetSource, type LoadResult, loadDataset } from "./load";
export * from "./model";
export { formatPath, MAX_FILE_BYTES } from "./parse";
export * from "./schema";
export * from "./timeline";
export * from "./topics";
