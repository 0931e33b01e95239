// The `liaison` command as a user runs it: the bundled bin spawned as a process, built from the current sources
// first. Version, help, the built-in dataset found from any folder, datasets on standard input (and one not in
// UTF-8), schema messages as the sources word them, the refusal of an answer too large to list, a closed pipe, and
// output that is plain text.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli } from "../../scripts/buildCli";
import { cli, STORY_FIXTURE } from "../routing/helpers";
import { writeRing } from "./fixtures";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin", "liaison.mjs");
const packageVersion = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version as string;

/** Run `liaison ARGS` as a process, in `cwd`, with `input` on standard input. */
function liaison(args: string[], options: { input?: string | Buffer; cwd?: string; bin?: string } = {}) {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "1" },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const STORY = ["--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--at", "2017-11-19"];

beforeAll(async () => {
  const { problems } = await buildCli();
  expect(problems).toEqual([]);
}, 120_000);

describe("the liaison command", () => {
  it("prints the package version", () => {
    expect(liaison(["--version"])).toEqual({ code: 0, out: `${packageVersion}\n`, err: "" });
  });

  it("is linked where npx finds it, so npx liaison needs no download", () => {
    const linked = join(ROOT, "node_modules", ".bin", "liaison");
    expect(existsSync(linked)).toBe(true);
    const result = spawnSync(linked, ["--version"], { cwd: ROOT, encoding: "utf8" });
    expect([result.status, result.stdout]).toEqual([0, `${packageVersion}\n`]);
  });

  it("lists every command and, per command, every flag", () => {
    const main = liaison(["--help"]);
    expect(main.code).toBe(0);
    for (const name of ["routes", "validate", "show", "export"])
      expect(main.out).toContain(`liaison ${name}`);
    const routes = liaison(["routes", "--help"]);
    expect(routes.code).toBe(0);
    for (const flag of [
      "--from",
      "--to",
      "--topic",
      "--at",
      "--max-hops",
      "--allow-consent-relay",
      "--disable",
    ])
      expect(routes.out).toContain(flag);
    expect(routes.out).toContain("--explain N|all");
    expect(routes.out).toContain("--data PATH|-");
  });

  it("finds the built-in dataset from any folder", () => {
    const { code, out, err } = liaison(["routes", ...STORY, "--format", "json"], { cwd: tmpdir() });
    expect([code, err]).toEqual([0, ""]);
    const json = JSON.parse(out);
    expect(
      json.routes.map((r: { hops: { agreement: string }[] }) => r.hops.map((h) => h.agreement).join(">")),
    ).toEqual(["jpn-kor-gsomia", "tisa>tisa"]);
    expect(json.blockedTotal).toBeGreaterThan(0);
  });

  it("reads a dataset from standard input with -, as YAML or JSON by its first character", () => {
    const yaml = readFileSync(STORY_FIXTURE, "utf8");
    expect(liaison(["validate", "-"], { input: yaml })).toMatchObject({ code: 0, out: /^valid: 1 file, / });
    const json = liaison(["export", "--format", "json", "--data", STORY_FIXTURE]).out;
    expect(json.trimStart().startsWith("{")).toBe(true);
    expect(liaison(["validate", "-"], { input: json })).toMatchObject({ code: 0, out: /^valid: 1 file, / });
    const routes = liaison(["routes", ...STORY, "--data", "-", "--format", "json"], { input: yaml });
    expect(routes.code).toBe(0);
    expect(JSON.parse(routes.out).routes).toHaveLength(2);
  });

  it("names standard input and its format in the problems of a bad dataset", () => {
    const broken = readFileSync(join(ROOT, "tests/fixtures/broken/duplicate-id.yaml"), "utf8");
    const yaml = liaison(["validate", "-"], { input: broken });
    expect(yaml.code).toBe(1);
    expect(yaml.out).toMatch(/^<stdin>\.yaml:\d+:\d+: topics\[\d+\]\.id: /m);
    const json = liaison(["validate", "-"], { input: '{ "topics": [ }' });
    expect(json.code).toBe(1);
    expect(json.out).toMatch(/^<stdin>\.json.*JSON syntax error/m);
    // Diagnostics of a command that reads a dataset go to standard error; standard output stays empty.
    const routes = liaison(["routes", ...STORY, "--data", "-"], { input: broken });
    expect(routes.code).toBe(1);
    expect(routes.out).toBe("");
    expect(routes.err).toMatch(/^<stdin>\.yaml:\d+:\d+: /m);
    expect(routes.err.trimEnd().split("\n").at(-1)).toMatch(/^error: invalid dataset: \d+ problems?$/);
  });

  it("rejects standard input that is not UTF-8 with its place and a hint to save it as UTF-8", () => {
    // "Côte d'Ivoire" as a spreadsheet in Windows-1252 writes it: ô is the single byte 0xF4.
    const windows1252 = Buffer.concat([
      Buffer.from("title: C"),
      Buffer.from([0xf4]),
      Buffer.from("te d'Ivoire\n"),
    ]);
    const { code, out, err } = liaison(["validate", "-"], { input: windows1252 });
    expect(code).toBe(1);
    expect(out).toMatch(/^<stdin>\.yaml:1:9: \(file\): not UTF-8 text: byte 0xF4 /);
    expect(out).toContain("Windows-1252");
    expect(out).toContain("save it as UTF-8");
    expect(err).toBe("invalid: 1 problem\n");
  });

  it("words schema problems as the sources do: the bundle keeps zod's English messages", () => {
    for (const file of [
      "missing-required-field.yaml",
      "bad-grade.yaml",
      "wrong-type.json",
      "unknown-field.yaml",
    ]) {
      const path = join(ROOT, "tests/fixtures/broken", file);
      const bundled = liaison(["validate", path]);
      const sources = cli(["validate", path]);
      expect(bundled.code).toBe(1);
      expect(bundled.out.trimEnd()).toBe(sources.out);
    }
  });

  it("refuses an over-large explanation in one line on standard error, exit 2", () => {
    const ring = writeRing();
    const query = [
      "routes",
      "--from",
      "AA",
      "--to",
      "BB",
      "--topic",
      "any",
      "--at",
      "2010-06-01",
      "--data",
      ring,
    ];
    const { code, out, err } = liaison([...query, "--max-hops", "4", "--explain", "all", "--format", "json"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trimEnd().split("\n")).toHaveLength(1);
    expect(err).toContain("60,881 routes (1 permitted, 60,880 of 60,880 blocked candidates explained)");
    expect(err).toContain("--explain");
    expect(err).toContain("--max-hops");
    expect(err).toContain("--disable");
  });

  it("stops quietly when its reader closes the pipe", () => {
    const ring = writeRing();
    const command = `"${process.execPath}" "${BIN}" routes --from AA --to BB --topic any --at 2010-06-01 --data "${ring}" --explain all | head -n 2; exit "\${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", command], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(2);
  });

  it("writes plain text: no terminal escapes, even when colour is forced", () => {
    const { out, err } = liaison(["routes", ...STORY]);
    expect(out).toContain("Permitted routes (2):");
    expect(`${out}${err}`.includes("\u001b[")).toBe(false);
  });

  it("says how to build itself when the bundle is missing", () => {
    const folder = mkdtempSync(join(tmpdir(), "liaison-bin-"));
    const copy = join(folder, "liaison.mjs");
    spawnSync("cp", [BIN, copy]);
    const { code, err } = liaison(["--version"], { bin: copy });
    expect(code).toBe(70);
    expect(err).toBe("error: the liaison command is not built yet: run npm run build:cli\n");
  });
});
