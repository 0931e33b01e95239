// The refusal of an image export that a person can act on (too large an image, an empty graph): shown as it is.
// A module of its own, so the explorer's first load needs only this and fetches image export when it is used.

export class ExportError extends Error {
  override readonly name = "ExportError";
}
