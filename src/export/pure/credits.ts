// The lines under a picture: its sources (publisher and date), then the dataset's title, "Made with Liaison" and
// the permalink. Wrapped to the width, never cut inside an entry: what does not fit is counted, with where to find it.
import type { Caption } from "./caption";
import { wrapText } from "./text";

/** Font size of the credit lines, in image units. */
export const CREDIT_SIZE = 11.5;
/** At most this many lines of sources, before the permalink. */
const SOURCE_LINES = 3;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/**
 * The sources line wrapped to `width`: every entry when they fit in three lines, else as many whole entries as fit
 * followed by "and N more sources", listed at the permalink (or, without one, with the routes in Liaison). No
 * entries give "Sources: none cited for what is drawn."
 */
export function sourceLines(caption: Pick<Caption, "sources" | "permalink">, width: number): string[] {
  const entries = caption.sources;
  if (entries.length === 0) return wrapText("Sources: none cited for what is drawn.", CREDIT_SIZE, width);
  const all = wrapText(`Sources: ${entries.map((e) => e.text).join("; ")}.`, CREDIT_SIZE, width);
  if (all.length <= SOURCE_LINES) return all;
  const where = caption.permalink ? `listed at ${caption.permalink}` : "listed with the routes in Liaison";
  for (let shown = entries.length - 1; shown >= 1; shown--) {
    const rest = entries.slice(shown).reduce((n, e) => n + e.count, 0);
    const text = `Sources: ${entries
      .slice(0, shown)
      .map((e) => e.text)
      .join("; ")}; and ${plural(rest, "more source")}, ${where}.`;
    const lines = wrapText(text, CREDIT_SIZE, width);
    // The permalink may take lines of its own; the entries keep to three.
    const linkLines = caption.permalink ? wrapText(where, CREDIT_SIZE, width).length : 0;
    if (lines.length <= SOURCE_LINES + linkLines) return lines;
  }
  const rest = entries.reduce((n, e) => n + e.count, 0);
  return wrapText(`Sources: ${plural(rest, "source")}, ${where}.`, CREDIT_SIZE, width);
}

/** True when the sources line already writes the permalink out. */
const linksInSources = (lines: readonly string[], caption: Caption) =>
  caption.permalink !== undefined && lines.join(" ").includes(`listed at ${caption.permalink.slice(0, 20)}`);

/**
 * Every line under the picture, wrapped to `width`: the sources, then "Data: <dataset title>. Made with Liaison"
 * and the permalink, unless the sources line already gives it.
 */
export function creditLines(caption: Caption, width: number): { sources: string[]; credit: string[] } {
  const sources = sourceLines(caption, width);
  const link = caption.permalink && !linksInSources(sources, caption) ? ` ${caption.permalink}` : "";
  const credit = wrapText(`Data: ${caption.dataset}. Made with Liaison.${link}`, CREDIT_SIZE, width);
  return { sources, credit };
}
