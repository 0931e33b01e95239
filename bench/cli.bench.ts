// Command-line benchmark: the bundled `liaison` started as a user starts it (bin/liaison.mjs). Start-up to answer on
// the built-in dataset, paired with `node -e 0` in the same run; then, on a 200-party, 3,000-agreement world at
// --max-hops 4, time and peak resident memory per query with the default bound and with --explain all. Times are
// wall clock and processor time (user + system): the second holds steady when other work shares the machine.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../scripts/buildCli";
import { syntheticWorld } from "../tests/support/syntheticWorld";

const BIN = fileURLToPath(new URL("../bin/liaison.mjs", import.meta.url));
const STATS = fileURLToPath(new URL("./processStats.mjs", import.meta.url));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const p95 = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    0.95,
  );

/** Run node with `args`, output to /dev/null: wall and processor time in ms, exit code, peak RSS in MB. */
function run(args: string[]) {
  const sink = openSync("/dev/null", "w");
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", STATS, ...args], {
    stdio: ["ignore", sink, "pipe"],
    encoding: "utf8",
  });
  const ms = performance.now() - started;
  closeSync(sink);
  const stats = /process-stats rss-kb=(\d+) cpu-us=(\d+)/.exec(result.stderr ?? "");
  const message = (result.stderr ?? "").split("\n").find((l) => l.startsWith("error:"));
  return {
    ms,
    cpuMs: stats ? Number(stats[2]) / 1000 : Number.NaN,
    code: result.status,
    peakMb: stats ? Number(stats[1]) / 1024 : Number.NaN,
    message,
  };
}

await buildCli();

// Start-up: the same short query on the built-in dataset, alternating with an empty Node start.
const STORY = ["routes", "--from", "KOR", "--to", "JPN", "--topic", "nk-missile", "--at", "2017-11-19"];
run([BIN, ...STORY]);
const bare: ReturnType<typeof run>[] = [];
const cli: ReturnType<typeof run>[] = [];
for (let i = 0; i < 25; i++) {
  bare.push(run(["-e", "0"]));
  cli.push(run([BIN, ...STORY]));
}
const wall = (runs: ReturnType<typeof run>[]) => median(runs.map((r) => r.ms));
const cpu = (runs: ReturnType<typeof run>[]) => median(runs.map((r) => r.cpuMs));
console.log("Command-line benchmark (whole processes; medians unless stated)\n");
console.log("start-up to answer on the built-in dataset, 25 pairs:");
console.log(
  `  node -e 0                  wall ${wall(bare).toFixed(0)} ms, processor ${cpu(bare).toFixed(0)} ms`,
);
console.log(
  `  liaison routes …           wall ${wall(cli).toFixed(0)} ms, processor ${cpu(cli).toFixed(0)} ms: ${(wall(cli) / wall(bare)).toFixed(1)}× and ${(cpu(cli) / cpu(bare)).toFixed(1)}× an empty Node start`,
);

// A large world: 200 parties, 3,000 agreements, written once as JSON.
const folder = mkdtempSync(join(tmpdir(), "liaison-bench-"));
const world = join(folder, "world-200-3000.json");
writeFileSync(world, JSON.stringify(syntheticWorld({ parties: 200, agreements: 3000, seed: 1 })));
const pairs: [string, string][] = [["P0001", "P0002"]];
for (let i = 0; pairs.length < 10; i++) {
  const from = `P${String(1 + ((i * 37) % 200)).padStart(4, "0")}`;
  const to = `P${String(1 + ((i * 91 + 13) % 200)).padStart(4, "0")}`;
  if (from !== to) pairs.push([from, to]);
}
const query = ([from, to]: [string, string]) => [
  BIN,
  "routes",
  "--from",
  from,
  "--to",
  to,
  "--topic",
  "nk-missile",
  "--at",
  "2015-06-01",
  "--data",
  world,
];

function report(label: string, runs: ReturnType<typeof run>[]) {
  const times = runs.map((r) => r.ms);
  const cpus = runs.map((r) => r.cpuMs);
  const peak = Math.max(...runs.map((r) => r.peakMb));
  const codes = [...new Set(runs.map((r) => r.code))].join(", ");
  console.log(
    `  ${label.padEnd(42)} wall ${median(times).toFixed(0).padStart(5)} ms (p95 ${p95(times).toFixed(0).padStart(5)}), processor ${median(cpus).toFixed(0).padStart(5)} ms (p95 ${p95(cpus).toFixed(0).padStart(5)}), peak ${peak.toFixed(0)} MB, exit ${codes}`,
  );
}

console.log(
  `\n200 parties / 3,000 agreements (${pairs.length} queries, each a process that loads the 1.4 MB world):`,
);
const loadOnly = pairs.slice(0, 3).map(() => run([BIN, "show", "--data", world]));
report("loading the world alone (show)", loadOnly);
report(
  "--max-hops 4, default bound (10 explained)",
  pairs.map((p) => run([...query(p), "--max-hops", "4"])),
);
report(
  "--max-hops 4, --format json",
  pairs.map((p) => run([...query(p), "--max-hops", "4", "--format", "json"])),
);
const all4 = pairs.map((p) => run([...query(p), "--max-hops", "4", "--explain", "all", "--format", "json"]));
report("--max-hops 4, --explain all --format json", all4);
const refused = all4.filter((r) => r.code === 2);
console.log(`    refused ${refused.length} of ${all4.length}, e.g. ${refused[0]?.message ?? "none"}`);
report(
  "--max-hops 3, --explain all --format json",
  pairs.slice(0, 3).map((p) => run([...query(p), "--max-hops", "3", "--explain", "all", "--format", "json"])),
);
