// Limits on dataset input, shared by the loader and the places that read files before it (CLI, import dialog).

/** Files larger than this are refused before parsing: a dataset of this kind is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
