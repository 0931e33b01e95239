// Datasets for command-line tests, written to a temporary folder: a ring where one all-to-all agreement joins the
// two ends and forty others, so that every relayed candidate breaks the third-party rule; and a pair whose
// agreement lists are declared complete beside a party that declares nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { expect } from "vitest";
import { run } from "../../src/cli/main";
import { ag, world } from "../routing/helpers";

const MIDS = Array.from({ length: 40 }, (_, i) => `M${String(i).padStart(2, "0")}`);

/**
 * The ring as a JSON file. AA → BB: one permitted direct route; up to four hops, 40 + 40·39 + 40·39·38 = 60,880
 * blocked candidates, more than one answer lists.
 */
export function writeRing(): string {
  const model = world(
    [ag("ring", ["AA", "BB", ...MIDS], { shape: "all-to-all" })],
    [],
    ["AA", "BB", ...MIDS],
  );
  const file = join(mkdtempSync(join(tmpdir(), "liaison-cli-")), "ring.json");
  writeFileSync(file, JSON.stringify(model.dataset));
  return file;
}

export const RING_BLOCKED_AT_4 = 40 + 40 * 39 + 40 * 39 * 38;

/**
 * States AA, BB and CC; AA and BB share one agreement covering North Korea only, and declare their agreement lists
 * complete as of 2020-01-01; CC, linked to nothing, declares nothing. As a JSON file.
 */
export function writeCovered(): string {
  const model = world([ag("ab", ["AA", "BB"], { scope: ["north-korea"] })], [], ["AA", "BB", "CC"]);
  const claim = (party: string) => ({ party, status: "complete", asOf: "2020-01-01", sources: ["s-ok"] });
  const file = join(mkdtempSync(join(tmpdir(), "liaison-cli-")), "covered.json");
  writeFileSync(file, JSON.stringify({ ...model.dataset, coverage: [claim("AA"), claim("BB")] }));
  return file;
}

/** `export --format svg` with `args`, run in-process: asserts it succeeds quietly and gives the parsed SVG. */
export function exportSvg(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(["export", "--format", "svg", ...args], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return new DOMParser().parseFromString(out.join("\n"), "image/svg+xml");
}

export type SvgDoc = ReturnType<typeof exportSvg>;
export type SvgEl = ReturnType<SvgDoc["getElementsByTagName"]>[number];
