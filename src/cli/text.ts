// Text for an 80-column terminal, shared by the commands: words wrapped, cells in aligned columns, counts with their
// noun, and a query's options in words.

/** The width every command's text is wrapped to. */
export const WIDTH = 80;

/** Words wrapped to WIDTH columns: the first line starts with `first`, every later one with `indent`. */
export function wrap(text: string, first = "", indent = ""): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const bare = line === first || line === indent;
    if (!bare && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line += (bare ? "" : " ") + word;
  }
  lines.push(line);
  return lines;
}

/** A paragraph wrapped to WIDTH columns. */
export function paragraph(text: string): string[] {
  return wrap(text);
}

/** Rows of cells as aligned text columns, two spaces apart; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/** A count with its noun: "1 hop", "1,600 routes". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

/** "up to 3 hops, relay with ad-hoc consent allowed, switched off: x", for a heading. */
export function optionWords(q: {
  maxHops: number;
  allowConsentRelay: boolean;
  disable: readonly string[];
}): string {
  const consent = q.allowConsentRelay ? ", relay with ad-hoc consent allowed" : "";
  const off = q.disable.length > 0 ? `, switched off: ${q.disable.join(", ")}` : "";
  return `up to ${plural(q.maxHops, "hop")}${consent}${off}`;
}
