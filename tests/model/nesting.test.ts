// The nesting scan reads text before any parser: it never reports less depth than a file has, and leaves ordinary
// datasets (the built-in one included) well below the limit.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { MAX_DEPTH } from "../../src/model";
import { findTooDeep, tooDeepPath } from "../../src/model/nesting";

/** Lists and mappings counted from the outside in: `{}` is 1, `{ a: [1] }` is 2. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

const nested = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
    fc.array(tie("node"), { minLength: 1, maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie("node"), { minKeys: 1, maxKeys: 3 }),
  ),
})).node;

/** A value wrapped in `levels` lists or mappings, alternating. */
function wrap(value: unknown, levels: number): unknown {
  let v = value;
  for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
  return v;
}

describe("findTooDeep", () => {
  it("finds every file that nests deeper than the limit, in JSON and in YAML of either style (property)", () => {
    fc.assert(
      fc.property(nested, fc.integer({ min: 0, max: MAX_DEPTH + 8 }), (inner, extra) => {
        const data = { root: wrap(inner, extra) };
        const deep = depthOf(data) > MAX_DEPTH;
        for (const [text, json] of [
          [JSON.stringify(data), true],
          [JSON.stringify(data, null, 1), true],
          [stringify(data), false],
          [stringify(data, { indentSeq: false }), false],
          [stringify(data, { collectionStyle: "flow" }), false],
        ] as const) {
          if (deep) expect(findTooDeep(text, json), text).toBeDefined();
        }
        if (!deep) expect(findTooDeep(JSON.stringify(data), true)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("reads a quote inside a plain flow key as text, not as the start of a quoted scalar", () => {
    // Found by the property above: the flow key `:'(` once hid every bracket after it.
    const data = { root: wrap({ ":'(": [{ " ": [null] }], " ": null }, 28) };
    expect(depthOf(data)).toBeGreaterThan(MAX_DEPTH);
    expect(findTooDeep(stringify(data, { collectionStyle: "flow" }), false)).toBeDefined();
  });

  it("places the problem where the limit is crossed", () => {
    const text = `{"a":\n  ${"[".repeat(MAX_DEPTH + 1)}${"]".repeat(MAX_DEPTH + 1)}}`;
    expect(findTooDeep(text, true)).toEqual({ offset: text.indexOf("[") + MAX_DEPTH - 1 });
  });

  it("ignores brackets in strings, quotes, comments and block scalars", () => {
    const many = "[".repeat(MAX_DEPTH * 2);
    expect(findTooDeep(JSON.stringify({ a: many }), true)).toBeUndefined();
    const yaml = [
      `a: "${many}"`,
      `b: '${many}'`,
      `c: x # ${many}`,
      "d: |",
      `  ${many}`,
      `  ${many}`,
      "e: >-",
      `    ${many}`,
      "f: [1, 2]",
    ].join("\n");
    expect(findTooDeep(yaml, false)).toBeUndefined();
  });

  it("leaves the built-in dataset far below the limit", () => {
    const folder = new URL("../../graph-data/", import.meta.url);
    for (const name of readdirSync(folder).filter((f) => f.endsWith(".yaml"))) {
      const text = readFileSync(new URL(name, folder), "utf8");
      expect(findTooDeep(text, false), name).toBeUndefined();
    }
  });
});

describe("tooDeepPath", () => {
  it("gives the path of the first value past the limit, or undefined", () => {
    expect(tooDeepPath(wrap(1, MAX_DEPTH))).toBeUndefined();
    const path = tooDeepPath({ a: wrap(1, MAX_DEPTH) });
    expect(path).toHaveLength(MAX_DEPTH);
    expect(path?.[0]).toBe("a");
  });
});
