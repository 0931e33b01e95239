// Limits on dataset input, shared by the loader and the places that read files before it (CLI, import dialog).

/**
 * Files larger than this are refused before parsing. The built-in dataset is a few hundred kilobytes; a synthetic
 * world of 500 parties and 7,500 agreements exported as JSON is about 3.6 MB compact and 7 MB indented, and must load
 * again (tests/model/exportSize.test.ts), so the limit leaves room for that with real sources and notes.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Lists and mappings may nest this deep in a dataset file. A dataset needs about 6 levels (agreements, an
 * agreement, its timeline, an event, its parties); parsers recurse, so far deeper files are refused before parsing.
 */
export const MAX_DEPTH = 32;
