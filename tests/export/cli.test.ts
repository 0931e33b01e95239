// `export` on the command line: formats, stdout or -o FILE, and exit codes 0/1/2 with one-line errors.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
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

  it("says on standard error how many blocked candidates a bounded CSV leaves out", () => {
    const china = ["--from", "KOR", "--to", "JPN", "--topic", "china-military", "--at", "2017-11-19"];
    const csv = (extra: string[]) => cli("--format", "csv", ...china, ...DATA, ...extra);
    const all = csv(["--explain", "all"]);
    expect(all.err).toEqual([]);
    const blocked = all.out.split("\r\n").filter((l) => /^\d+,blocked,/.test(l)).length;
    expect(blocked).toBeGreaterThan(1);
    const one = csv(["--explain", "1"]);
    expect(one.code).toBe(0);
    expect(one.out.split("\r\n").filter((l) => /^\d+,blocked,/.test(l))).toHaveLength(1);
    expect(one.err).toEqual([
      `export: ${blocked - 1} more blocked candidates not written (--explain all writes every one, --explain N the first N)`,
    ]);
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
    [["--format", "png", ...QUERY, ...DATA], /--format png writes a file: give -o FILE/],
    [["--format", "svg", ...QUERY, "--layout", "force", ...DATA], /--layout force needs a browser/],
    [
      ["--format", "svg", ...QUERY, "--layout", "circle", ...DATA],
      /--layout must be one of geographic, concentric/,
    ],
    [["--format", "svg", ...QUERY, "--route", "KOR-JPN", ...DATA], /--route must be a route key/],
    [["--format", "svg", ...QUERY, "--width", "0", ...DATA], /--width must be a whole number/],
    [["--format", "svg", ...QUERY, "--preset", "poster", ...DATA], /--preset must be one of slide, article/],
    [["--format", "svg", "--from", "KOR", ...DATA], /--format svg draws a query: missing --to/],
    [
      ["--format", "gexf", "--layout", "concentric", ...DATA],
      /--layout applies to --format svg and png only/,
    ],
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
    [
      ["--format", "svg", ...QUERY, "--route", "KOR>NATO>JPN:tisa+tisa", ...DATA],
      /--route .*: the answer has no such route/,
    ],
    [["--format", "json", "--data", "/no/such/place.yaml"], /no such file or folder/],
    [["--format", "json", "--data", FIXTURE_FILE, "-o", "/no/such/folder/out.json"], /cannot write/],
  ])("exits 1 on bad data or unknown ids: %j", (args, message) => {
    const { code, err } = cli(...args);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  describe("images", () => {
    const RELAY = "KOR>USA>JPN:tisa+tisa";

    it("lists the image flags in export --help, saying that force-directed pictures need the browser", () => {
      const out: string[] = [];
      expect(run(["export", "--help"], { out: (t) => out.push(t), err: () => {} })).toBe(0);
      const help = out.join("\n").replace(/\s+/g, " ");
      expect(help).toContain("--format json|gexf|graphml|csv|svg|png");
      const layout = help.slice(help.indexOf("--layout"), help.indexOf("--routes "));
      expect(layout).toMatch(/^--layout geographic\|concentric .*\(force-directed needs the browser/);
      expect(layout).toMatch(/\(default: geographic\) $/);
      expect(help).toContain(
        "--preset slide|article|square the picture's size: slide (1920 × 1080), article (1200 wide) or square (1080 × 1080) (default: article)",
      );
      for (const flag of [
        "--route KEY|N",
        "--routes selected|all",
        "--width N",
        "--background white|transparent",
      ])
        expect(help).toContain(flag);
      for (const flag of ["--show-blocked", "--hide-inactive", "--permalink URL"])
        expect(help).toContain(flag);
    });

    function svgTexts(text: string) {
      const errors: string[] = [];
      const doc = new DOMParser({
        errorHandler: {
          warning: () => {},
          error: (m: string) => errors.push(m),
          fatalError: (m: string) => errors.push(m),
        },
      }).parseFromString(text, "image/svg+xml");
      expect(errors).toEqual([]);
      expect(doc.documentElement?.tagName).toBe("svg");
      return Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    }

    it("draws the picture of a query as SVG with its title, legend and credits", () => {
      const { code, out, err } = cli("--format", "svg", ...QUERY, "--route", RELAY, ...DATA);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      const texts = svgTexts(out);
      expect(texts).toContain("South Korea → Japan · NK missiles · 19 November 2017");
      expect(texts.join(" ")).toContain(
        "2 permitted routes: (1) direct under Japan–ROK GSOMIA; (2) relayed via",
      );
      for (const entry of [
        "Selected route (arrow: direction)",
        "Other permitted route",
        "Arrangement",
        "Dashed: non-binding",
        "Sender and receiver",
      ])
        expect(texts).toContain(entry);
      expect(texts.join(" ")).toContain("Sources: Test ministry, 2016-11-23; Test agency.");
      expect(texts.join(" ")).toContain("Made with Liaison.");
      // The geographic layout draws the world map under the picture.
      expect(out).toContain('<g class="backdrop"');
    });

    it("draws the concentric layout, the network without a query, and the blocked candidates on request", () => {
      const concentric = cli(
        "--format",
        "svg",
        ...QUERY,
        "--layout",
        "concentric",
        "--show-blocked",
        ...DATA,
      );
      expect(concentric.code).toBe(0);
      expect(concentric.out).not.toContain('<g class="backdrop"');
      expect(svgTexts(concentric.out)).toContain("Blocked candidate (× where blocked)");
      const network = cli("--format", "svg", "--at", "2017-11-19", ...DATA);
      expect(network.code).toBe(0);
      expect(svgTexts(network.out)).toContain("Export fixture <three & more> · 19 November 2017");
    });

    it("writes a PNG of the asked width, transparent on request", () => {
      const dir = mkdtempSync(join(tmpdir(), "liaison-png-"));
      const ihdr = (file: string) => {
        const bytes = readFileSync(file);
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
        // The first pixel of the first row reads the same under every PNG filter: the row's bytes after its filter byte.
        const data: Buffer[] = [];
        for (let at = 8; at < bytes.length; at += 12 + bytes.readUInt32BE(at)) {
          if (bytes.toString("latin1", at + 4, at + 8) === "IDAT")
            data.push(bytes.subarray(at + 8, at + 8 + bytes.readUInt32BE(at)));
        }
        const corner = [...inflateSync(Buffer.concat(data)).subarray(1, 5)];
        return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), corner };
      };
      const wide = join(dir, "wide.png");
      const run1 = cli("--format", "png", ...QUERY, "--width", "800", "-o", wide, ...DATA);
      expect(run1.code).toBe(0);
      expect(run1.out).toMatch(/^wrote .*wide\.png \(\d+ bytes\)$/);
      expect(ihdr(wide)).toMatchObject({ width: 800, corner: [255, 255, 255, 255] });
      const slide = join(dir, "slide.png");
      expect(
        cli(
          "--format",
          "png",
          ...QUERY,
          "--preset",
          "slide",
          "--background",
          "transparent",
          "-o",
          slide,
          ...DATA,
        ).code,
      ).toBe(0);
      expect(ihdr(slide)).toMatchObject({ width: 1920, height: 1080 });
      expect(ihdr(slide).corner[3]).toBe(0);
    });
  });
});
