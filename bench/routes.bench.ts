// Route engine benchmark: median and p95 per query on the default dataset and on synthetic worlds, against a naive
// enumerate-all-simple-paths-then-filter baseline measured in the same run, checking that both permit the same routes
// and that the engine's count of blocked candidates is the baseline's number of candidates less the permitted ones.
import { allSimpleEdgeGroupPaths } from "graphology-simple-path";
import { CliError, loadModel } from "../src/cli/io";
import { addDays, buildModel, type Model } from "../src/model";
import { findRoutes, type RouteOptions, type RouteQuery } from "../src/routing";
import { type Channel, createContext, hopVerdict } from "../src/routing/context";
import { describe, judge } from "../src/routing/route";
import { DEFAULT_ROUTE_OPTIONS } from "../src/routing/types";
import { syntheticWorld } from "../tests/support/syntheticWorld";

const STORY = new URL("../tests/routing/fixtures/story.yaml", import.meta.url).pathname;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);

/**
 * The baseline: enumerate every simple path of at most maxHops channels (depth-first over the graphology graph,
 * parallel channels as distinct paths), then judge each one with the engine's rules and describe the permitted.
 * graphology-simple-path's allSimpleEdgeGroupPaths does the same enumeration about twenty times slower (seconds per
 * query at maxHops 4 on 200 parties), which would leave too few queries to compare within the bench's minute; its
 * candidate counts are checked against the engine's on the default dataset.
 */
function naiveRoutes(
  model: Model,
  query: RouteQuery,
  options: Partial<RouteOptions>,
): { permitted: string[]; candidates: number } {
  const ctx = createContext(model, query, { ...DEFAULT_ROUTE_OPTIONS, ...options });
  const candidates: Channel[][] = [];
  const path: Channel[] = [];
  const seen = new Set([query.from]);
  const walk = (node: string) => {
    model.graph.forEachOutEdge(node, (_key, channel) => {
      if (seen.has(channel.to)) return;
      path.push(channel);
      if (channel.to === query.to) candidates.push([...path]);
      else if (path.length < ctx.options.maxHops) {
        seen.add(channel.to);
        walk(channel.to);
        seen.delete(channel.to);
      }
      path.pop();
    });
  };
  if (query.from !== query.to) walk(query.from);
  const permitted: string[] = [];
  const relayAllowed = (path: Channel[]) =>
    path.every((channel, i) => {
      if (i === 0 || ctx.options.allowConsentRelay) return true;
      const inbound = model.agreements.get(path[i - 1]!.agreement)!;
      return inbound.id === channel.agreement && inbound.hub === channel.from && inbound.relay !== undefined;
    });
  for (const path of candidates) {
    // Filter first without wording any reason, as the engine does when it lists permitted routes only.
    if (!path.every((c) => hopVerdict(ctx, c).open) || !relayAllowed(path)) continue;
    const judgement = judge(ctx, path);
    if (judgement.permitted) permitted.push(keyOf(describe(ctx, path, judgement).hops));
  }
  return { permitted: permitted.sort(), candidates: candidates.length };
}

/** graphology-simple-path's enumeration, checked once against the baseline's on the default dataset. */
function graphologyCandidateCount(model: Model, query: RouteQuery, maxHops: number): number {
  const groups = allSimpleEdgeGroupPaths(model.graph, query.from, query.to, { maxDepth: maxHops });
  return groups.reduce((n, g) => n + g.reduce((m, parallel) => m * parallel.length, 1), 0);
}

function keyOf(hops: readonly { agreement: string; from: string; to: string }[]): string {
  return hops.map((h) => `${h.agreement}:${h.from}->${h.to}`).join(" ");
}

function randomQueries(model: Model, count: number, seed: number): RouteQuery[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const parties = model.dataset.parties;
  const topics = ["any", "nk-missile", "china-military", "north-korea"];
  const out: RouteQuery[] = [];
  while (out.length < count) {
    // A quarter of the queries start at a major party (the first 5%), as many real questions do.
    const from =
      parties[
        next() < 0.25 ? Math.floor(next() * parties.length * 0.05) : Math.floor(next() * parties.length)
      ]!.id;
    const to = parties[Math.floor(next() * parties.length)]!.id;
    if (from === to) continue;
    out.push({
      from,
      to,
      topic: topics[Math.floor(next() * topics.length)]!,
      at: addDays("1985-01-01", Math.floor(next() * 30 * 365)),
    });
  }
  return out;
}

interface Row {
  name: string;
  engine: { median: number; p95: number };
  naive?: { median: number; p95: number };
  /** Naive median over engine median, on the queries both ran. */
  ratio?: number;
  routes: number;
  note?: string;
}
const rows: Row[] = [];
let mismatches = 0;

function timeIt(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/**
 * Time the engine on every query and the naive baseline on the first queries until its time budget runs out
 * (it takes seconds per query on large worlds); the ratio compares the two on the same queries.
 */
function benchWorld(
  name: string,
  model: Model,
  queries: RouteQuery[],
  options: Partial<RouteOptions>,
  naiveBudgetMs: number,
) {
  // Warm up the JIT and what the engine keeps per model (channel index, status intervals, hop details): the figures
  // are for a model in use, as in the explorer. The baseline shares those per-model caches.
  for (const q of queries) findRoutes(model, q, options);
  const engineTimes: number[] = [];
  const naiveTimes: number[] = [];
  let naiveSpent = 0;
  let routes = 0;
  for (const q of queries) {
    let answer: ReturnType<typeof findRoutes> | undefined;
    engineTimes.push(timeIt(() => (answer = findRoutes(model, q, options))));
    routes += answer!.routes.length;
    if (naiveSpent >= naiveBudgetMs) continue;
    let naive: ReturnType<typeof naiveRoutes> | undefined;
    const t = timeIt(() => (naive = naiveRoutes(model, q, options)));
    naiveTimes.push(t);
    naiveSpent += t;
    const mine = answer!.routes.map((r) => keyOf(r.hops)).sort();
    if (mine.join("\n") !== naive!.permitted.join("\n")) {
      mismatches++;
      console.error(
        `MISMATCH ${name} ${JSON.stringify(q)}: engine ${mine.length}, naive ${naive!.permitted.length}`,
      );
    }
    if (answer!.routes.length + answer!.blockedTotal !== naive!.candidates) {
      mismatches++;
      console.error(`MISCOUNT ${name} ${JSON.stringify(q)}: engine ${answer!.blockedTotal} blocked`);
    }
  }
  const compared = naiveTimes.length;
  rows.push({
    name,
    engine: stats(engineTimes),
    ...(compared > 0
      ? {
          naive: stats(naiveTimes),
          ratio: stats(naiveTimes).median / stats(engineTimes.slice(0, compared)).median,
        }
      : {}),
    routes,
    note:
      compared === 0
        ? "naive not run: too slow at this size"
        : compared < queries.length
          ? `naive on first ${compared} of ${queries.length} queries (time budget)`
          : undefined,
  });
}

function benchDefault() {
  let model: Model;
  let label = "default dataset";
  try {
    model = loadModel();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    model = loadModel(STORY);
    label = "story fixture (default dataset invalid)";
  }
  const story: RouteQuery[] = [
    { from: "KOR", to: "JPN", topic: "nk-missile", at: "2014-06-01" },
    { from: "KOR", to: "JPN", topic: "nk-missile", at: "2015-06-01" },
    { from: "KOR", to: "JPN", topic: "nk-missile", at: "2017-11-19" },
    { from: "KOR", to: "JPN", topic: "china-military", at: "2017-11-19" },
    { from: "JPN", to: "KOR", topic: "china-military", at: "2017-11-19" },
    { from: "KOR", to: "JPN", topic: "nk-missile", at: "2019-09-01" },
  ];
  const queries = Array.from({ length: 300 }, (_, i) => story[i % story.length]!);
  // Full answers, every blocked candidate explained.
  for (const q of story) {
    const a = findRoutes(model, q, { explain: "all" });
    if (a.routes.length + a.blocked.length !== graphologyCandidateCount(model, q, 3)) {
      mismatches++;
      console.error(`MISMATCH candidate count against graphology-simple-path for ${JSON.stringify(q)}`);
    }
  }
  const times = queries.map((q) => timeIt(() => findRoutes(model, q, { explain: "all" })));
  rows.push({ name: `${label}, maxHops 3, all blocked explained`, engine: stats(times), routes: 0 });
  benchWorld(`${label}, maxHops 3`, model, queries, { maxHops: 3 }, Number.POSITIVE_INFINITY);
}

const started = performance.now();
benchDefault();

const mid = buildModel(syntheticWorld({ parties: 200, agreements: 3000, seed: 1 }));
const midQueries = randomQueries(mid, 60, 7);
benchWorld("200 parties / 3,000 agreements, maxHops 3", mid, midQueries, { maxHops: 3 }, 3000);
benchWorld("200 parties / 3,000 agreements, maxHops 4", mid, midQueries, { maxHops: 4 }, 10000);
benchWorld("200 / 3,000, maxHops 4, none explained", mid, midQueries, { maxHops: 4, explain: 0 }, 0);
// Every query of this row runs the baseline too, so that the ratio rests on twenty pairs.
benchWorld(
  "200 / 3,000, maxHops 3, consent relay",
  mid,
  midQueries.slice(0, 20),
  { maxHops: 3, allowConsentRelay: true },
  Number.POSITIVE_INFINITY,
);

const big = buildModel(syntheticWorld({ parties: 2000, agreements: 30000, seed: 2 }));
const bigQueries = randomQueries(big, 60, 11);
benchWorld("2,000 / 30,000, maxHops 3", big, bigQueries, { maxHops: 3 }, 3000);
// The naive baseline needs tens of seconds per query here: engine only.
benchWorld("2,000 / 30,000, maxHops 4", big, bigQueries, { maxHops: 4 }, 0);

console.log(
  "Route engine benchmark (per query; the engine's whole answer: every permitted route, the blocked candidates counted\nand summarised by reason, the first 10 explained, unless stated)\n",
);
console.log(`${"world".padEnd(58)} ${"median".padStart(9)} ${"p95".padStart(9)}  naive median / p95   ratio`);
console.log("(ratio: naive median over engine median on the same queries)");
for (const row of rows) {
  const naive = row.naive
    ? `${ms(row.naive.median).padStart(9)} ${ms(row.naive.p95).padStart(9)}`
    : "".padStart(19);
  const ratio = row.ratio === undefined ? "" : `${row.ratio.toFixed(row.ratio < 10 ? 1 : 0)}×`;
  console.log(
    `${row.name.padEnd(58)} ${ms(row.engine.median).padStart(9)} ${ms(row.engine.p95).padStart(9)}  ${naive}  ${ratio.padStart(6)}${row.note ? `  (${row.note})` : ""}`,
  );
}
console.log(
  `\nPermitted routes and candidate counts identical to the naive baseline on every query compared: ${mismatches === 0 ? "yes" : `NO (${mismatches} mismatches)`}`,
);
console.log(`Total time ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (mismatches > 0) process.exitCode = 1;
