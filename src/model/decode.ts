// Dataset files as text: bytes are decoded as strict UTF-8, so a file saved in another encoding is reported with
// the place of its first foreign byte instead of being read with replacement characters.
import type { Problem } from "./errors.ts";

/** The WHATWG decoder, typed here because the core is checked without DOM or Node types. */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => Utf8Decoder;

let decoder: Utf8Decoder | undefined;

/**
 * Where the first byte sequence that is not UTF-8 starts, or -1 when all of `bytes` is UTF-8. Follows the WHATWG
 * decoder: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short by the end.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

function utf16Problem(file: string, bytes: Uint8Array): Problem | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return undefined;
  return {
    file,
    path: "(file)",
    line: 1,
    column: 1,
    message:
      "the file is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8 and load it again",
  };
}

/**
 * `bytes` as text, or the problem that stops it: the first byte that is not UTF-8, with its line and column and a
 * hint to save the file as UTF-8 (spreadsheets often export Windows-1252). A UTF-8 byte-order mark is dropped. An
 * empty file is the empty text.
 */
export function decodeDatasetBytes(
  file: string,
  bytes: Uint8Array,
): { text: string; problem?: undefined } | { text?: undefined; problem: Problem } {
  const utf16 = utf16Problem(file, bytes);
  if (utf16) return { problem: utf16 };
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) {
    decoder ??= new (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder("utf-8", {
      fatal: true,
    });
    return { text: decoder.decode(bytes) };
  }
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Everything before the bad byte is UTF-8, so counting lead bytes counts the characters before it on its line.
  let column = 1;
  for (let i = lineStart; i < bad; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return {
    problem: {
      file,
      path: "(file)",
      line,
      column,
      message:
        `not UTF-8 text: byte ${hex(bytes[bad]!)} here is not valid UTF-8. The file was probably saved in ` +
        "another encoding (spreadsheets often export Windows-1252): save it as UTF-8 and load it again",
    },
  };
}
