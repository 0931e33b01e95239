// JSON files are parsed by JSON.parse and located through their text: the same data and the same lines and columns
// as the YAML parser gives for the same text, every repeated key reported, and a missing key placed at its object.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type PathKey, parseFile } from "../../src/model/parse";
import { jsonLocator } from "../../src/model/parseJson";

const json = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(
      fc.string({ maxLength: 8, unit: "binary" }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    ),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6, unit: "binary" }), tie("node"), { maxKeys: 4 }),
  ),
})).node;

/** Every path into a value, with a missing key or index after each object or array. */
function pathsOf(value: unknown, path: PathKey[] = [], out: PathKey[][] = []): PathKey[][] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      pathsOf(v, [...path, i], out);
    });
    out.push([...path, value.length], [...path, "key"]);
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
    out.push([...path, "no such key \u0000"], [...path, 0]);
  }
  return out;
}

/** JSON text in a few of the ways people and tools write it. */
const layouts = [
  (v: unknown) => JSON.stringify(v),
  (v: unknown) => JSON.stringify(v, null, 2),
  (v: unknown) => JSON.stringify(v, null, "\t").replaceAll("\n", "\r\n"),
  (v: unknown) => JSON.stringify(v, null, 1).replaceAll(": ", " :  ").replaceAll(",", " ,"),
];

describe("parseFile on JSON", () => {
  it("gives the YAML parser's data and places for every path, missing ones included (property)", () => {
    fc.assert(
      fc.property(json, fc.integer({ min: 0, max: layouts.length - 1 }), (value, layout) => {
        const text = layouts[layout]!(value);
        const fast = parseFile("d.json", text);
        const yaml = parseFile("d.yaml", text);
        expect(fast.problems).toEqual([]);
        expect(fast.parsed!.data).toEqual(yaml.parsed!.data);
        for (const path of pathsOf(value)) {
          expect(fast.parsed!.locate(path), JSON.stringify(path)).toEqual(yaml.parsed!.locate(path));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("places values by line and column, a missing key at its object, and keys with escapes", () => {
    const text = '{\n  "a": [1, {"b\\"c": true}],\r\n  "d": {\n    "e": null\n  }\n}\n';
    const locate = jsonLocator(text);
    expect(locate([])).toEqual({ line: 1, column: 1 });
    expect(locate(["a", 1])).toEqual({ line: 2, column: 12 });
    expect(locate(["a", 1, 'b"c'])).toEqual({ line: 2, column: 21 });
    expect(locate(["d", "e"])).toEqual({ line: 4, column: 10 });
    expect(locate(["d", "x"])).toEqual({ line: 3, column: 8 });
    expect(locate(["a", 5])).toEqual({ line: 2, column: 8 });
    expect(jsonLocator("   ")([])).toBeUndefined();
  });

  it("reports each repeated key of an object at its repetition, and nothing for one key in two objects", () => {
    const text = '{\n  "a": {"id": 1, "id": 2},\n  "b": [{"id": 1}, {"id": 2, "x": 0, "x": 1, "x": 3}]\n}';
    expect(parseFile("d.json", text).problems).toEqual([
      {
        file: "d.json",
        path: "(file)",
        line: 2,
        column: 18,
        message: expect.stringMatching(/^duplicate key "id"/),
      },
      {
        file: "d.json",
        path: "(file)",
        line: 3,
        column: 38,
        message: expect.stringMatching(/^duplicate key "x"/),
      },
      {
        file: "d.json",
        path: "(file)",
        line: 3,
        column: 46,
        message: expect.stringMatching(/^duplicate key "x"/),
      },
    ]);
    expect(parseFile("d.json", '[{"id": 1}, {"id": 2}]').problems).toEqual([]);
  });

  it("reports a syntax error at its line and column", () => {
    const problems = parseFile("d.json", '{\n  "a": 1,\n  "b": }').problems;
    expect(problems).toEqual([
      {
        file: "d.json",
        path: "(file)",
        line: 3,
        column: 8,
        message: "JSON syntax error: Unexpected token '}'",
      },
    ]);
    expect(parseFile("d.json", '{\n  "a": [1,').problems[0]).toMatchObject({ line: 2, column: 11 });
  });

  it("places every syntax error of a damaged file within the text (property)", () => {
    fc.assert(
      fc.property(
        json,
        fc.nat(),
        fc.constantFrom("", "}", "]", ",", ":", '"', "x", "\n"),
        (value, at, put) => {
          const text = JSON.stringify(value, null, 2);
          const cut = at % (text.length + 1);
          const damaged = text.slice(0, cut) + put + text.slice(cut + 1);
          let valid = true;
          try {
            JSON.parse(damaged);
          } catch {
            valid = false;
          }
          const { problems } = parseFile("d.json", damaged);
          if (valid) return;
          expect(problems).toHaveLength(1);
          const { line, column } = problems[0]!;
          const lines = damaged.split("\n");
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines.length);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(column).toBeLessThanOrEqual(lines[line! - 1]!.length + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
