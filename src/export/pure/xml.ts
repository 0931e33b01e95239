// XML text for the writers: escaping dataset text so that it is never read as markup.

/** True for a code point XML 1.0 allows in a document: tab, line feed, carriage return and the rest of Unicode
 * except the other C0 controls, surrogates and U+FFFE/U+FFFF. */
const allowed = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  code >= 0x10000;

/** `value` without the characters an XML document cannot carry at all; other text is left as it is. */
export function stripForbidden(value: string): string {
  let out = "";
  for (const ch of value) if (allowed(ch.codePointAt(0)!)) out += ch;
  return out;
}

/**
 * `value` as XML character data or attribute value: `& < > " '` become entities and characters XML cannot carry
 * are dropped. Empty input gives the empty string; numbers are written with `String`.
 */
export function escapeXml(value: string | number): string {
  return stripForbidden(String(value))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
