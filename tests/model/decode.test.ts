// Strict UTF-8: the first foreign byte is found and placed by line and column; a byte-order mark is dropped.
import { describe, expect, it } from "vitest";
import { decodeDatasetBytes } from "../../src/model";
import { firstInvalidUtf8 } from "../../src/model/decode";

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("firstInvalidUtf8", () => {
  it("accepts UTF-8 of every length, up to U+10FFFF", () => {
    expect(firstInvalidUtf8(utf8("a é 한 𝄞"))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xf4, 0x8f, 0xbf, 0xbf))).toBe(-1);
    expect(firstInvalidUtf8(bytes())).toBe(-1);
  });

  it("finds the lead byte of the first sequence a strict decoder refuses", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe9, 0x62))).toBe(1); // Latin-1 é
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a lone continuation byte
    expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0); // overlong NUL
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong three-byte form
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82))).toBe(2); // cut short by the end
  });

  it("agrees with the platform's fatal decoder on every two-byte input", () => {
    const fatal = new TextDecoder("utf-8", { fatal: true });
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b += 3) {
        const input = bytes(a, b);
        let valid = true;
        try {
          fatal.decode(input);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(input) < 0, `${a.toString(16)} ${b.toString(16)}`).toBe(valid);
      }
    }
  });
});

describe("decodeDatasetBytes", () => {
  it("gives the text, without a UTF-8 byte-order mark", () => {
    expect(decodeDatasetBytes("a.yaml", bytes(0xef, 0xbb, 0xbf, ...utf8("title: Café\n")))).toEqual({
      text: "title: Café\n",
    });
    expect(decodeDatasetBytes("a.yaml", bytes())).toEqual({ text: "" });
  });

  it("places the first foreign byte by line and by characters, not bytes, and says what to do", () => {
    const input = bytes(...utf8("title: x\nname: 한국 "), 0xe9, ...utf8("\n"));
    const { problem } = decodeDatasetBytes("export.yaml", input);
    expect(problem).toMatchObject({ file: "export.yaml", path: "(file)", line: 2, column: 10 });
    expect(problem?.message).toContain("not UTF-8 text: byte 0xE9 here is not valid UTF-8");
    expect(problem?.message).toContain("Windows-1252");
    expect(problem?.message).toContain("save it as UTF-8");
  });

  it("names UTF-16 for what it is", () => {
    for (const bom of [bytes(0xff, 0xfe, 0x74, 0x00), bytes(0xfe, 0xff, 0x00, 0x74)]) {
      const { problem } = decodeDatasetBytes("u.yaml", bom);
      expect(problem?.message).toMatch(/^the file is UTF-16 text .*save it as UTF-8/);
    }
  });
});
