// Property: no mutation of a valid dataset makes the loader throw; it accepts the result or lists located problems.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DEFAULT_DATASET, readDatasetFiles } from "../src/cli/readDataset";
import { buildModel, type DatasetSource, decodeDatasetBytes, loadDataset, statusOn } from "../src/model";

/** A dataset file as text, as the mutations need it. */
type TextSource = { file: string; text: string };

function fixture(file: string): TextSource[] {
  return [{ file, text: readFileSync(file, "utf8") }];
}

/** A file as text: the CLI's reader hands over bytes, which the mutations below need as text. */
const asText = (f: DatasetSource): TextSource => ({
  file: f.file,
  text: f.text ?? decodeDatasetBytes(f.file, f.bytes).text ?? "",
});

/** The default dataset when it loads (it may be in the works), else the mini fixture. */
function defaultDataset(): TextSource[] {
  try {
    const files = readDatasetFiles(DEFAULT_DATASET).map(asText);
    if (loadDataset(files).ok) return files;
  } catch {
    // No default dataset yet: fall through to the fixture.
  }
  return fixture("tests/fixtures/mini/mini.yaml");
}

/**
 * The bases to mutate. Loading the default dataset takes a good part of a second on a busy machine, so it gets
 * fewer runs; the small broken-fixture base (every record kind, hub-and-spoke, policy) gets the many.
 */
const BASES = [
  { name: "the default dataset", files: defaultDataset(), numRuns: 40 },
  { name: "the broken-fixture base", files: fixture("tests/fixtures/broken/_valid-base.yaml"), numRuns: 200 },
];

type Json = unknown;
type Container = Record<string, Json> | Json[];

const isContainer = (v: Json): v is Container => v !== null && typeof v === "object";
const keysOf = (c: Container): (string | number)[] =>
  Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);

/** Walk from the root following `choices`; returns the container and key reached (the root has no key). */
function pick(
  root: Json,
  choices: readonly number[],
): { parent: Container; key: string | number } | undefined {
  let parent: Container | undefined;
  let key: string | number | undefined;
  let node = root;
  for (const choice of choices) {
    if (!isContainer(node)) break;
    const keys = keysOf(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[choice % keys.length]!;
    node = (node as Record<string | number, Json>)[key];
  }
  return parent && key !== undefined ? { parent, key } : undefined;
}

/** Every record array (a section such as parties) reachable in the file. */
function recordArrays(root: Json): Json[][] {
  if (!isContainer(root) || Array.isArray(root)) return [];
  return Object.values(root).filter((v): v is Json[] => Array.isArray(v) && v.length > 0);
}

type Mutation =
  | { kind: "delete"; path: number[] }
  | { kind: "replace"; path: number[]; value: Json }
  | { kind: "duplicate"; section: number; record: number }
  | { kind: "swap-ids"; section: number; a: number; b: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; chars: string };

const path = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), path }),
  fc.record({ kind: fc.constant("replace" as const), path, value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), section: fc.nat(), record: fc.nat() }),
  fc.record({ kind: fc.constant("swap-ids" as const), section: fc.nat(), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    chars: fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constantFrom(":", "- ", "[", "{", "&a", "*a", "\t", '"'),
    ),
  }),
);

function serialise(file: string, data: Json): string {
  return /\.json$/i.test(file) ? JSON.stringify(data, null, 2) : stringify(data);
}

/** The mutated text of one file of a dataset (`parsed` holds each file's data). */
function mutate(
  base: readonly TextSource[],
  parsed: readonly Json[],
  fileIndex: number,
  m: Mutation,
): string {
  const { file, text } = base[fileIndex]!;
  if (m.kind === "truncate") return text.slice(0, m.at % (text.length + 1));
  if (m.kind === "insert") {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.chars + text.slice(at);
  }
  const data = structuredClone(parsed[fileIndex]);
  if (m.kind === "delete" || m.kind === "replace") {
    const target = pick(data, m.path);
    if (!target) return serialise(file, m.kind === "replace" ? m.value : null);
    const parent = target.parent as Record<string | number, Json>;
    if (m.kind === "replace") parent[target.key] = m.value;
    else if (Array.isArray(parent)) parent.splice(target.key as number, 1);
    else delete parent[target.key];
    return serialise(file, data);
  }
  const sections = recordArrays(data);
  if (sections.length === 0) return serialise(file, data);
  const records = sections[m.section % sections.length]!;
  if (m.kind === "duplicate") {
    records.push(structuredClone(records[m.record % records.length]));
  } else {
    const a = records[m.a % records.length] as Record<string, Json>;
    const b = records[m.b % records.length] as Record<string, Json>;
    if (isContainer(a) && isContainer(b)) [a.id, b.id] = [b.id, a.id];
  }
  return serialise(file, data);
}

describe.each(BASES)("loadDataset under random mutations of $name", ({ files: base, numRuns }) => {
  const parsed = base.map((f) => parse(f.text) as Json);

  it("starts from a dataset that loads", () => {
    expect(loadDataset(base).problems).toEqual([]);
  });

  it("never throws: accepts a usable dataset or lists located problems", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.nat(), mutation, (f, m) => {
        const fileIndex = f % base.length;
        const files = base.map((source, i) =>
          i === fileIndex ? { file: source.file, text: mutate(base, parsed, i, m) } : source,
        );
        const result = loadDataset(files);
        if (result.ok) {
          // What the loader accepts, the model and the timeline can use.
          const model = buildModel(result.dataset);
          for (const agreement of model.agreements.values()) statusOn(agreement, "2017-11-19");
          return;
        }
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect(typeof p.file).toBe("string");
          expect(p.file.length).toBeGreaterThan(0);
          expect(typeof p.path).toBe("string");
          expect(p.path.length).toBeGreaterThan(0);
          expect(typeof p.message).toBe("string");
          expect(p.message.length).toBeGreaterThan(0);
          if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns },
    );
  });
});
