// Broken datasets are rejected with every problem located (file, JSON path, line) and worded for the person who
// wrote them, both by the loader and by `validate` on the command line.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../src/cli/main";
import { type DatasetSource, loadDataset, MAX_FILE_BYTES, type Problem } from "../src/model";

const BROKEN = "tests/fixtures/broken";
const MINI = "tests/fixtures/mini/mini.yaml";

/** One expected problem: the file (its name, or folder/name), the JSON path, part of the message, the line. */
interface Expected {
  file: string;
  path: string;
  message: string;
  line?: number;
}

const one = (file: string, path: string, message: string, line?: number): Expected => ({
  file,
  path,
  message,
  line,
});

/** Fixture (a file or a folder under tests/fixtures/broken) → every problem it must produce, and no other. */
const CASES: Record<string, Expected[]> = {
  "yaml-syntax-error.yaml": [one("yaml-syntax-error.yaml", "(file)", "syntax error", 52)],
  "duplicate-yaml-key.yaml": [one("duplicate-yaml-key.yaml", "(file)", "Map keys must be unique", 10)],
  "json-syntax-error.json": [one("json-syntax-error.json", "(file)", "JSON syntax error", 13)],
  "unknown-party.yaml": [one("unknown-party.yaml", "agreements[1].parties[3]", 'unknown party "CHN"', 78)],
  "unknown-topic.yaml": [
    one("unknown-topic.yaml", "agreements[1].scope[1]", 'unknown topic "nk-nuclear"', 82),
  ],
  "unknown-source.yaml": [
    one("unknown-source.yaml", "agreements[1].timeline[1].sources[0]", 'unknown source "s3"', 90),
  ],
  "unknown-agreement-in-policy.yaml": [
    one("unknown-agreement-in-policy.yaml", "policies[0].agreement", 'unknown agreement "gsomia-2"', 95),
  ],
  "duplicate-id.yaml": [
    one("duplicate-id.yaml", "topics[3].id", 'duplicate id "nk-missile" (first defined in', 30),
  ],
  "duplicate-across-files": [one("duplicate-across-files/b.yaml", "parties[0].id", 'duplicate id "JPN"', 3)],
  "impossible-date.yaml": [
    one("impossible-date.yaml", "incidents[0].date", 'is not a real calendar date (got "2019-02-30")', 103),
  ],
  "month-13.yaml": [one("month-13.yaml", "policies[0].from", "is not a real calendar date", 97)],
  "reversed-policy-dates.yaml": [
    one("reversed-policy-dates.yaml", "policies[0].to", "end date 2017-05-10 is before 2022-05-09", 98),
  ],
  "termination-before-notice.yaml": [
    one(
      "termination-before-notice.yaml",
      "agreements[0].timeline[2].effective",
      "termination takes effect 2019-08-01",
      68,
    ),
  ],
  "timeline-out-of-order.yaml": [
    one(
      "timeline-out-of-order.yaml",
      "agreements[0].timeline[3].date",
      "timeline out of order: 2019-08-01 is earlier than the event before it (2019-08-23)",
      71,
    ),
  ],
  "in-force-month-before-signing.yaml": [
    // No day of November 2014 comes on or after the signing day, so rule 8 has no reading to offer.
    one(
      "in-force-month-before-signing.yaml",
      "agreements[1].timeline[1].date",
      "in force 2014-11, before the agreement was signed (2014-12-29)",
      89,
    ),
  ],
  "hub-not-party.yaml": [one("hub-not-party.yaml", "agreements[1].hub", 'hub "GBR" is not a party', 79)],
  "hub-and-spoke-without-hub.yaml": [
    // The hub is missing, so the problem is located at the agreement that lacks it.
    one("hub-and-spoke-without-hub.yaml", "agreements[1].hub", "must name its hub", 73),
  ],
  "bilateral-three-parties.yaml": [
    one("bilateral-three-parties.yaml", "agreements[0].parties", "exactly two parties, not 3", 56),
  ],
  "topic-cycle.yaml": [
    one("topic-cycle.yaml", "topics[1].parent", "topic cycle: north-korea > nk-missile > north-korea", 26),
  ],
  "wrong-type-number.yaml": [
    one("wrong-type-number.yaml", "parties[0].name", "must be text, not the number 410", 36),
  ],
  "wrong-type.json": [one("wrong-type.json", "sources[1].date", "must be text, not the number 2017", 19)],
  "wrong-type-string-for-list.yaml": [
    one(
      "wrong-type-string-for-list.yaml",
      "agreements[0].parties",
      'must be a list, not the text "KOR and JPN"',
      56,
    ),
  ],
  "unknown-field.yaml": [
    one("unknown-field.yaml", "agreements[0].partys", 'unknown field "partys" (did you mean "parties"?)', 56),
    one("unknown-field.yaml", "agreements[0].parties", 'missing required field "parties"', 51),
  ],
  "proto-key.yaml": [one("proto-key.yaml", "parties[3].__proto__", 'unknown field "__proto__"', 49)],
  "proto-key.json": [one("proto-key.json", "sources[0].__proto__", 'unknown field "__proto__"', 6)],
  "bad-grade.yaml": [
    one("bad-grade.yaml", "sources[0].grade", 'must be one of "A", "B", "C", not the text "D"', 9),
  ],
  "javascript-url.yaml": [one("javascript-url.yaml", "sources[0].url", "must be an http(s) URL", 7)],
  "missing-required-field.yaml": [
    one("missing-required-field.yaml", "sources[0].quote", 'missing required field "quote"', 4),
  ],
  "empty.yaml": [one("empty.yaml", "(root)", "the file is empty")],
  "list-not-mapping.yaml": [one("list-not-mapping.yaml", "(root)", "must be a mapping of sections", 2)],
  "allow-and-deny.yaml": [one("allow-and-deny.yaml", "policies[0].deny", "not both", 97)],
  "party-id-lowercase.yaml": [
    one("party-id-lowercase.yaml", "parties[3].id", "three-letter ISO code in capitals", 46),
  ],
  "billion-laughs.yaml": [one("billion-laughs.yaml", "(file)", "alias")],
  "syntax-error-in-one-file": [
    // b.yaml cites the parties of the unreadable a.yaml: it must not be blamed for them.
    one("syntax-error-in-one-file/a.yaml", "(file)", "syntax error", 36),
  ],
  "missing-root-any.yaml": [
    one("missing-root-any.yaml", "topics", 'must have its root "any"', 22),
    one("missing-root-any.yaml", "topics[0].parent", 'topic "all" needs a parent', 22),
    one("missing-root-any.yaml", "topics[1].parent", 'unknown topic "any"', 26),
    one("missing-root-any.yaml", "topics[3].parent", 'unknown topic "any"', 32),
    one("missing-root-any.yaml", "agreements[0].scope[0]", 'unknown topic "any"', 57),
  ],
  "several-problems.yaml": [
    // A wrong type no longer hides the reference and date checks of the records that did parse.
    one("several-problems.yaml", "parties[0].name", "must be text, not the number 410", 36),
    one("several-problems.yaml", "agreements[1].parties[3]", 'unknown party "CHN"', 78),
    one("several-problems.yaml", "policies[0].to", "end date 2017-01-01 is before 2017-05-10", 98),
    one("several-problems.yaml", "incidents[0].date", "is not a real calendar date", 103),
  ],
  "windows-1252.yaml": [
    // A spreadsheet export in Windows-1252: its "è" is one byte, 0xE8, which UTF-8 never uses alone.
    one("windows-1252.yaml", "(file)", "byte 0xE8 here is not valid UTF-8", 13),
  ],
  "utf-16.yaml": [one("utf-16.yaml", "(file)", "UTF-16 text", 1)],
  "deeply-nested.json": [one("deeply-nested.json", "(file)", "nesting too deep", 4)],
  "deeply-nested.yaml": [one("deeply-nested.yaml", "(file)", "nesting too deep", 5)],
  "several-across-files": [
    one("several-across-files/a.yaml", "parties[1].name", "must be text, not a list", 40),
    one("several-across-files/b.yaml", "agreements[0].kind", 'not the text "treaty"', 5),
    one("several-across-files/b.yaml", "agreements[1].scope[1]", 'unknown topic "nk-nuclear"', 34),
  ],
};

/** Fixtures that people's editors produce and that must load: a byte-order mark, Windows line ends. */
const LOADS = ["bom.yaml", "crlf.yaml", "bom-crlf.json"];

/** The files of a fixture as the loader takes them (bytes, as readers hand them over), named relative to the folder. */
function sourcesOf(path: string): DatasetSource[] {
  const full = join(BROKEN, path);
  const names = statSync(full).isDirectory()
    ? readdirSync(full)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  return names.map((file) => ({ file, bytes: readFileSync(join(BROKEN, file)) }));
}

function matches(problem: Problem, expected: Expected): boolean {
  return (
    problem.file.endsWith(expected.file) &&
    problem.path === expected.path &&
    problem.message.includes(expected.message) &&
    (expected.line === undefined || problem.line === expected.line)
  );
}

/** Every expected problem matches its own reported problem, and nothing else is reported. */
function expectProblems(problems: Problem[], expected: Expected[]) {
  const left = [...problems];
  for (const e of expected) {
    const i = left.findIndex((p) => matches(p, e));
    expect(
      i,
      `expected ${JSON.stringify(e)} among ${JSON.stringify(problems, null, 1)}`,
    ).toBeGreaterThanOrEqual(0);
    left.splice(i, 1);
  }
  expect(left, "unexpected problems").toEqual([]);
}

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return {
    code,
    out: out.join("\n").split("\n").filter(Boolean),
    err: err.join("\n").split("\n").filter(Boolean),
  };
}

/** Nothing that looks like a stack trace or a thrown error's name. */
function expectNoStackTrace(lines: string[]) {
  for (const line of lines) {
    expect(line).not.toMatch(/^\s+at\s/);
    expect(line).not.toMatch(/\b[A-Z]\w*Error\b/);
    expect(line).not.toMatch(/\.ts:\d+|node_modules|internal failure/);
  }
}

const temp = mkdtempSync(join(tmpdir(), "liaison-validation-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the broken-fixture base", () => {
  it("is itself valid, so each fixture shows only what was changed", () => {
    const result = loadDataset(sourcesOf("_valid-base.yaml"));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has a case for every fixture in the folder", () => {
    const fixtures = readdirSync(BROKEN).filter((f) => f !== "_valid-base.yaml" && !f.startsWith("."));
    expect(fixtures.sort()).toEqual([...Object.keys(CASES), ...LOADS].sort());
  });
});

describe.each(Object.entries(CASES))("%s", (fixture, expected) => {
  it("is rejected by the loader with exactly the expected problems", () => {
    const result = loadDataset(sourcesOf(fixture));
    expect(result.ok).toBe(false);
    expectProblems(result.problems, expected);
    for (const p of result.problems) {
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.path.length).toBeGreaterThan(0);
    }
  });

  it("is rejected by `validate` with one line per problem naming file and location", () => {
    const { code, out, err } = cli(["validate", join(BROKEN, fixture)]);
    expect(code).toBe(1);
    expect(out).toHaveLength(expected.length);
    for (const e of expected) {
      const where = e.line === undefined ? `${e.file}: ${e.path}: ` : `${e.file}:${e.line}:`;
      const line = out.find((l) => l.includes(where) && l.includes(` ${e.path}: `) && l.includes(e.message));
      expect(line, `no line for ${JSON.stringify(e)} in\n${out.join("\n")}`).toBeDefined();
    }
    expect(err).toEqual([`invalid: ${expected.length} problem${expected.length === 1 ? "" : "s"}`]);
    expectNoStackTrace([...out, ...err]);
  });
});

describe.each(LOADS)("%s", (fixture) => {
  it("loads to the same dataset as the base", () => {
    const base = loadDataset(sourcesOf("_valid-base.yaml"));
    const result = loadDataset(sourcesOf(fixture));
    expect(result.problems).toEqual([]);
    expect(result.ok && base.ok && { ...result.dataset, title: "" }).toEqual(
      base.ok && { ...base.dataset, title: "" },
    );
  });

  it("is accepted by `validate`", () => {
    const { code, out, err } = cli(["validate", join(BROKEN, fixture)]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual(["valid: 1 file, 4 parties, 2 agreements, 2 sources"]);
  });
});

describe("nesting built with aliases", () => {
  it("is reported at the place it goes too deep, not as an internal error", () => {
    // Four aliases of ten levels each: no line of the text nests deep, the data does.
    const lines = ["a0: &a0 [1]"];
    for (let i = 1; i <= 4; i++) lines.push(`a${i}: &a${i} ${"[".repeat(10)}*a${i - 1}${"]".repeat(10)}`);
    const result = loadDataset([{ file: "aliases.yaml", text: `${lines.join("\n")}\n` }]);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      file: "aliases.yaml",
      message: expect.stringContaining("nesting too deep"),
    });
    expect(result.problems[0]!.path).toMatch(/^a4(\[0\]){31}$/);
    expect(result.problems[0]!.line).toBe(5);
  });
});

describe("an oversize file", () => {
  const file = join(temp, "oversize.yaml");
  writeFileSync(file, `# ${"x".repeat(MAX_FILE_BYTES)}\n`);

  it("is refused by the loader without being parsed", () => {
    const text = readFileSync(file, "utf8");
    const result = loadDataset([{ file: "oversize.yaml", text }]);
    expect(result.ok).toBe(false);
    expectProblems(result.problems, [
      one("oversize.yaml", "(file)", `over the limit of ${MAX_FILE_BYTES} bytes`),
    ]);
  });

  it("is refused by `validate` in one line", () => {
    const { code, out, err } = cli(["validate", file]);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(
      `oversize.yaml: (file): file is ${MAX_FILE_BYTES + 3} bytes, over the limit of ${MAX_FILE_BYTES} bytes`,
    );
    expectNoStackTrace([...out, ...err]);
  });
});

describe("validate", () => {
  it("accepts the mini fixture", () => {
    const { code, out, err } = cli(["validate", MINI]);
    expect(code).toBe(0);
    expect(out).toEqual(["valid: 1 file, 2 parties, 1 agreements, 1 sources"]);
    expect(err).toEqual([]);
  });

  it("rejects a folder with no data files in one line", () => {
    const empty = join(temp, "no-data");
    mkdirSync(empty);
    writeFileSync(join(empty, "notes.txt"), "not a dataset\n");
    const { code, out, err } = cli(["validate", empty]);
    expect(code).toBe(1);
    expect([...out, ...err]).toHaveLength(1);
    expect(err[0]).toContain("holds no .yaml, .yml or .json dataset files");
  });

  it("rejects a missing path with exit 1", () => {
    const { code, out, err } = cli(["validate", join(temp, "no-such-file.yaml")]);
    expect(code).toBe(1);
    expect([...out, ...err]).toHaveLength(1);
    expect(err[0]).toContain("no such file or folder");
  });

  it("takes at most one path: two are a usage error", () => {
    const { code, err } = cli(["validate", "a", "b"]);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
  });
});

describe("text fields are data", () => {
  it("keeps markup in a name as plain text, unchanged", () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script> & Co';
    const text = readFileSync(join(BROKEN, "_valid-base.yaml"), "utf8").replace(
      "name: United Kingdom",
      `name: ${JSON.stringify(name)}`,
    );
    const result = loadDataset([{ file: "markup.yaml", text }]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.parties.find((p) => p.id === "GBR")?.name).toBe(name);
  });

  it("does not let a __proto__ key reach an object's prototype", () => {
    const result = loadDataset([
      {
        file: "p.json",
        text: '{ "__proto__": { "polluted": true }, "topics": [{ "id": "any", "name": "Any" }] }',
      },
    ]);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        file: "p.json",
        path: "__proto__",
        line: 1,
        column: 16,
        message: expect.stringContaining('"__proto__"'),
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
