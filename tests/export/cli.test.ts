// `export` on the command line: formats, stdout or -o FILE, and exit codes 0/1/2 with one-line errors.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { loadDataset } from "../../src/model";
import { FIXTURE_FILE } from "./fixture";

function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(["export", ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err };
}

const DATA = ["--data", FIXTURE_FILE];
const QUERY = ["--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--at", "2017-11-19"];

describe("export command", () => {
  it("prints the dataset as JSON that loads again", () => {
    const { code, out, err } = cli("--format", "json", ...DATA);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const reloaded = loadDataset([{ file: "out.json", text: out }]);
    expect(reloaded.ok && reloaded.dataset.agreements.map((a) => a.id)).toEqual([
      "gsomia",
      "tisa",
      "warning-mechanism",
      "old-pact",
    ]);
  });

  it("prints GEXF and GraphML, filtered by --at", () => {
    const gexf = cli("--format", "gexf", "--at", "2017-11-19", ...DATA);
    expect(gexf.code).toBe(0);
    expect(parseGexf(MultiGraph, gexf.out).size).toBe(3);
    const graphml = cli("--format", "graphml", ...DATA);
    expect(graphml.code).toBe(0);
    const graph = parseGraphml(MultiGraph, graphml.out);
    expect([graph.order, graph.size]).toEqual([4, 7]);
  });

  it("writes a route comparison CSV with one row per route", () => {
    const { code, out } = cli("--format", "csv", ...QUERY, ...DATA);
    expect(code).toBe(0);
    const lines = out.split("\r\n");
    expect(lines[0]).toBe(
      "rank,status,kind,parties,agreements,intermediaries,conditions,warnings,reasons,valid_from,valid_to,sources",
    );
    expect(lines[1]).toMatch(/^1,permitted,direct,KOR > JPN,Japan–ROK GSOMIA/);
    expect(lines[2]).toMatch(/^2,permitted,relayed,KOR > USA > JPN,TISA/);
    expect(lines.slice(1).every((l) => /^\d+,(permitted|blocked),/.test(l))).toBe(true);
    // With TISA switched off only the direct route stays permitted.
    const off = cli("--format", "csv", ...QUERY, "--disable", "tisa", ...DATA).out.split("\r\n");
    expect(off.filter((l) => /^\d+,permitted,/.test(l))).toHaveLength(1);
  });

  it("writes to the file named by -o and says so", () => {
    const file = join(mkdtempSync(join(tmpdir(), "liaison-export-")), "net.graphml");
    const { code, out } = cli("--format", "graphml", "-o", file, ...DATA);
    expect(code).toBe(0);
    expect(out).toMatch(/^wrote .*net\.graphml \(\d+ bytes\)$/);
    expect(readFileSync(file, "utf8")).toContain("<graphml");
  });

  it.each([
    [["--format", "json", ...DATA, "extra"], /unexpected argument extra/],
    [[...DATA], /missing --format/],
    [["--format", "pdf", ...DATA], /--format must be one of json, gexf, graphml, csv/],
    [["--format", "gexf", "--at", "2019-02-30", ...DATA], /--at must be a calendar day/],
    [["--format", "gexf", "--at", "2019-02", ...DATA], /--at must be a calendar day/],
    [["--format", "csv", "--from", "KOR", "--to", "JPN", "--at", "2017-11-19", ...DATA], /missing --topic/],
    [["--format", "gexf", "--from", "KOR", ...DATA], /--from applies to --format csv only/],
    [["--format", "json", "--at", "2017-11-19", ...DATA], /--at does not apply to --format json/],
    [["--format", "csv", ...QUERY, "--max-hops", "9", ...DATA], /--max-hops must be a whole number/],
    [["--format", "json", "--colour", "red"], /Unknown option '--colour'/],
  ])("exits 2 on misuse: %j", (args, message) => {
    const { code, out, err } = cli(...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^error: /);
    expect(err[0]).toMatch(message);
  });

  it.each([
    [
      [
        "--format",
        "csv",
        "--from",
        "KOR",
        "--to",
        "XXX",
        "--topic",
        "nk-missile",
        "--at",
        "2017-11-19",
        ...DATA,
      ],
      /unknown party "XXX"/,
    ],
    [
      [
        "--format",
        "csv",
        "--from",
        "KOR",
        "--to",
        "JPN",
        "--topic",
        "weather",
        "--at",
        "2017-11-19",
        ...DATA,
      ],
      /unknown topic "weather"/,
    ],
    [["--format", "csv", ...QUERY, "--disable", "nope", ...DATA], /no agreement or party "nope"/],
    [["--format", "json", "--data", "/no/such/place.yaml"], /no such file or folder/],
    [["--format", "json", "--data", FIXTURE_FILE, "-o", "/no/such/folder/out.json"], /cannot write/],
  ])("exits 1 on bad data or unknown ids: %j", (args, message) => {
    const { code, err } = cli(...args);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });
});
