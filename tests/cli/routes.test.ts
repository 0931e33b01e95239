// `routes` as a tool: the blocked candidates summarised and bounded, `--explain`, the refusal of an answer too large
// to list, JSON written as it is produced, "no route" with the dataset's coverage, and help that lists every flag
// with its default. In-process.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { routesCommand } from "../../src/cli/commands/routes";
import { COMMANDS } from "../../src/cli/main";
import { findRoutes } from "../../src/routing";
import { cli, modelAt } from "../routing/helpers";
import { RING_BLOCKED_AT_4, writeCovered, writeRing } from "./fixtures";

const USA_NZL = [
  "routes",
  "--from",
  "USA",
  "--to",
  "NZL",
  "--topic",
  "general-military",
  "--at",
  "2017-11-19",
];
const RING_QUERY = ["routes", "--from", "AA", "--to", "BB", "--topic", "any", "--at", "2010-06-01"];

let ring: string;
beforeAll(() => {
  ring = writeRing();
});

describe("blocked candidates on the command line", () => {
  it("the table lists permitted routes, then the summary by reason, then the first ten blocked", () => {
    const { code, out, err } = cli([...RING_QUERY, "--data", ring]);
    expect([code, err]).toEqual([0, []]);
    const lines = out.split("\n");
    expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
    expect(out).toContain("Permitted routes (1):");
    expect(out).toContain("Blocked candidates: 1,600. By reason");
    expect(out).toMatch(/^ {2}third-party-rule {2}1,600 {2}e\.g\. AA → M00 → BB \(ring, ring\)$/m);
    expect(out).toContain("The first 10 blocked candidates, fewest hops first:");
    expect(lines.filter((l) => /^\d+\. relayed/.test(l))).toHaveLength(10);
    expect(out).toContain(
      "1,590 more blocked candidates not listed:\n  --explain all lists every one, --explain N the first N.",
    );
    const order = ["Permitted routes", "Blocked candidates: ", "The first 10", "1,590 more"].map((s) =>
      out.indexOf(s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("--explain N lists N, --explain 0 none but the summary, --explain all every one", () => {
    const listed = (extra: string[]) =>
      cli([...RING_QUERY, "--data", ring, ...extra])
        .out.split("\n")
        .filter((l) => /^\d+\. relayed/.test(l)).length;
    expect(listed(["--explain", "3"])).toBe(3);
    expect(listed(["--explain", "0"])).toBe(0);
    expect(cli([...RING_QUERY, "--data", ring, "--explain", "0"]).out).toContain(
      "None is listed (--explain 0):\n  --explain all lists every one",
    );
    expect(listed(["--explain", "all", "--max-hops", "2"])).toBe(40);
    const json = JSON.parse(cli([...RING_QUERY, "--data", ring, "--explain", "all", "--format", "json"]).out);
    expect([json.query.explain, json.blockedTotal, json.blocked.length]).toEqual(["all", 1600, 1600]);
  });

  it("past the listing limit the table offers --explain N, not the --explain all it would refuse", () => {
    const { code, out } = cli([...RING_QUERY, "--data", ring, "--max-hops", "4"]);
    expect(code).toBe(0);
    expect(out).toContain(
      `${(RING_BLOCKED_AT_4 - 10).toLocaleString("en-US")} more blocked candidates not listed:\n  --explain N lists the first N (one answer lists at most 50,000 routes).`,
    );
    expect(out).not.toContain("--explain all");
  });

  it("refuses --explain all beyond the listing limit in one line naming the size and how to narrow it", () => {
    const { code, out, err } = cli([...RING_QUERY, "--data", ring, "--max-hops", "4", "--explain", "all"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toEqual([
      `error: routes: the answer would list ${(RING_BLOCKED_AT_4 + 1).toLocaleString("en-US")} routes (1 permitted, 60,880 of 60,880 blocked candidates explained), more than the 50,000 one answer holds: ask for --explain N, a lower --max-hops, or --disable an agreement or party`,
    ]);
    // The default bound answers the same query, counting every candidate.
    const json = JSON.parse(cli([...RING_QUERY, "--data", ring, "--max-hops", "4", "--format", "json"]).out);
    expect([json.blockedTotal, json.blocked.length]).toEqual([RING_BLOCKED_AT_4, 10]);
  });

  it("refuses a route timeline too large to list in the command line's words", () => {
    const timeline = ["timeline", "--from", "AA", "--to", "BB", "--topic", "any", "--data", ring];
    const { code, out, err } = cli([...timeline, "--max-hops", "4", "--explain", "all"]);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toEqual([
      "error: routeTimeline: the timeline would list 60,881 routes (1 that some date may permit, 60,880 of 60,880 blocked on every date explained), more than the 50,000 one answer holds: ask for --explain N, a lower --max-hops, or --disable an agreement or party",
    ]);
    const bounded = JSON.parse(cli([...timeline, "--max-hops", "4", "--format", "json"]).out);
    expect(bounded.intervals.at(-1).routes).toHaveLength(11);
  });

  it.each([
    ["--explain", "some"],
    ["--explain", "-1"],
    ["--explain", "2.5"],
  ])("rejects %s %s as a usage error", (flag, value) => {
    const { code, err } = cli([...RING_QUERY, "--data", ring, flag, value]);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
  });

  it("writes the same JSON as the engine's answer, member for member and byte for byte", () => {
    const { out } = cli([...USA_NZL, "--format", "json"]);
    const answer = findRoutes(modelAt(), {
      from: "USA",
      to: "NZL",
      topic: "general-military",
      at: "2017-11-19",
    });
    expect(out).toBe(JSON.stringify(answer, null, 2));
    expect(Object.keys(JSON.parse(out))).toEqual([
      "query",
      "routes",
      "blockedTotal",
      "blockedSummary",
      "blocked",
    ]);
    const all = cli([...USA_NZL, "--format", "json", "--explain", "all"]).out;
    const full = findRoutes(
      modelAt(),
      { from: "USA", to: "NZL", topic: "general-military", at: "2017-11-19" },
      { explain: "all" },
    );
    expect(all).toBe(JSON.stringify(full, null, 2));
    expect(full.blocked).toHaveLength(full.blockedTotal);
  });
});

describe("the README", () => {
  it("shows the summary of the USA → NZL query as the command prints it", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const shown = /\n(Blocked candidates: 370\.[\s\S]*?)\n\n/.exec(readme)?.[1];
    expect(shown, "the summary block in README.md").toBeDefined();
    expect(cli(USA_NZL).out).toContain(shown!);
  });
});

describe("help", () => {
  it("every command's --help lists every flag with its default or says it is required", () => {
    for (const command of COMMANDS) {
      const { code, out } = cli([command.name, "--help"]);
      expect(code).toBe(0);
      expect(out.split("\n").filter((l) => [...l].length > 80)).toEqual([]);
      expect(out).toMatch(new RegExp(`^usage: liaison ${command.name}\\b`));
      for (const flag of command.flags) {
        const line = out.split("\n").findIndex((l) => l.includes(`--${flag.name}`) && l.startsWith("  "));
        expect(line, `--${flag.name} in ${command.name} --help`).toBeGreaterThan(0);
        // The flag's text may wrap: its default is on its line or the next few.
        const text = out
          .split("\n")
          .slice(line, line + 4)
          .join(" ")
          .replace(/\s+/g, " ");
        expect(text).toMatch(/\((default: [^)]+|required|required with [^)]+)\)/);
      }
    }
  });

  it("states the defaults the engine applies", () => {
    const { out } = cli(["routes", "--help"]);
    const text = out.replace(/\s+/g, " ");
    expect(text).toContain("--max-hops N the longest route considered, 1 to 6 hops (default: 3)");
    expect(text).toContain("(default: 10)");
    expect(text).toContain("--format table|json");
    expect(text).toContain("(default: table)");
    expect(text).toContain("--from ID the party that sends (the originator) (required)");
    expect(routesCommand.flags.map((f) => f.name)).toEqual([
      "from",
      "to",
      "topic",
      "at",
      "max-hops",
      "allow-consent-relay",
      "disable",
      "explain",
      "data",
      "format",
    ]);
  });

  it("liaison --help names every command; no command is a usage error on stderr", () => {
    const { code, out } = cli(["--help"]);
    expect(code).toBe(0);
    for (const command of COMMANDS)
      expect(out).toMatch(new RegExp(`^  ${command.name} +liaison ${command.name}`, "m"));
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.out).toBe("");
    expect(none.err.join("\n")).toContain("usage: liaison COMMAND");
  });
});

describe("no permitted route, and the dataset's coverage", () => {
  // AA and BB declare complete agreement lists as of 2020-01-01; CC declares nothing. The one agreement covers
  // North Korea only, so no route carries Chinese military information.
  let data: string;
  beforeAll(() => {
    data = writeCovered();
  });
  const ask = (to: string, topic: string, at: string, format = "table") =>
    cli([
      "routes",
      "--from",
      "AA",
      "--to",
      to,
      "--topic",
      topic,
      "--at",
      at,
      "--data",
      data,
      "--format",
      format,
    ]);

  it("the table says the dataset vouches for no route where both ends are complete on the date", () => {
    const { code, out } = ask("BB", "china-military", "2010-06-01");
    expect(code).toBe(0);
    expect(out).toContain("No permitted route. The dataset holds every agreement of State A and State B.");
    expect(out).toContain("Blocked candidates: 1. By reason");
  });

  it("the table says no route in this dataset, and why, where an end is not covered", () => {
    const undeclared = ask("CC", "any", "2010-06-01").out.replace(/\s+/g, " ");
    expect(undeclared).toContain(
      "No permitted route in this dataset. It may be incomplete: the dataset does not say how complete State C's agreement list is.",
    );
    const stale = ask("BB", "china-military", "2021-01-01").out.replace(/\s+/g, " ");
    expect(stale).toContain(
      "No permitted route in this dataset. It may be incomplete: State A's list is complete only as of 2020-01-01; State B's list is complete only as of 2020-01-01.",
    );
  });

  it("JSON adds coverage { covered, gaps, message } after routes when none is permitted, and only then", () => {
    const covered = JSON.parse(ask("BB", "china-military", "2010-06-01", "json").out);
    expect(Object.keys(covered)).toEqual([
      "query",
      "routes",
      "coverage",
      "blockedTotal",
      "blockedSummary",
      "blocked",
    ]);
    expect(covered.coverage).toEqual({
      covered: true,
      gaps: [],
      message: "No route. The dataset holds every agreement of State A and State B.",
    });
    expect([covered.routes, covered.blockedTotal, covered.blocked.length]).toEqual([[], 1, 1]);
    const gap = JSON.parse(ask("CC", "any", "2010-06-01", "json").out).coverage;
    expect(gap).toMatchObject({ covered: false, gaps: [{ party: "CC", why: "undeclared" }] });
    expect(gap.message).toMatch(/^No route in this dataset\. It may be incomplete: /);
    const permitted = JSON.parse(ask("BB", "nk-missile", "2010-06-01", "json").out);
    expect(permitted.routes).toHaveLength(1);
    expect(Object.keys(permitted)).not.toContain("coverage");
  });
});
