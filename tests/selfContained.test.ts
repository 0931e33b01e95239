// A clone stands alone: no source, test, script, bench or build file reads a path outside the repository.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FOLDERS = ["src", "tests", "scripts", "bench", "build", ".ci"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "fixtures") return [];
    return statSync(path).isDirectory()
      ? filesUnder(path)
      : /\.(ts|tsx|js|mjs|sh)$|^run$/.test(name)
        ? [path]
        : [];
  });
}

// The folder beside the repository that once held the fact sheet, spelt in pieces so that this file, which looks for
// it, does not itself read as pointing there.
const SIBLING = "sha" + "red";
const SEP = "/";
const SHARED = new RegExp(`\\.\\.\\/(\\.\\.\\/)*${SIBLING}\\/`);

/** Relative paths written in a file ("../x", "../../y") that leave the repository from where the file stands. */
function escapingPaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/["'`]((?:\.\.\/)+[^"'`\s]*)["'`]/g)) {
    const target = resolve(dirname(file), match[1]!);
    const inside = relative(ROOT, target);
    if (inside.startsWith("..")) found.push(match[1]!);
  }
  if (SHARED.test(text)) found.push(`..${SEP}${SIBLING}${SEP}`);
  return found;
}

describe("the repository stands alone", () => {
  it("finds an escaping path when there is one", () => {
    const file = join(ROOT, "tests", "x.test.ts");
    const outside = `../../${SIBLING}/research/facts.md`;
    expect(escapingPaths(file, `new URL("${outside}", import.meta.url)`)).not.toEqual([]);
    expect(escapingPaths(file, `see ${outside.slice(3)}`)).toEqual([`../${SIBLING}/`]);
    expect(escapingPaths(file, 'new URL("../research/facts.md", import.meta.url)')).toEqual([]);
  });

  it("no file reads outside the repository", () => {
    const offenders = FOLDERS.flatMap((folder) => {
      const dir = join(ROOT, folder);
      try {
        statSync(dir);
      } catch {
        return [];
      }
      // This file holds escaping paths on purpose, as examples.
      const files = filesUnder(dir).filter((file) => file !== fileURLToPath(import.meta.url));
      return files.flatMap((file) =>
        escapingPaths(file, readFileSync(file, "utf8")).map((p) => `${relative(ROOT, file)}: ${p}`),
      );
    });
    expect(offenders).toEqual([]);
  });

  it("the fact sheet the dataset cites is in the repository", () => {
    expect(statSync(join(ROOT, "research", "facts.md")).size).toBeGreaterThan(10_000);
  });
});
