// Analysis benchmark: the route timeline against findRoutes asked for every day of the range, reachability against
// findRoutes asked for every ordered pair (both baselines in the same run, checked to give the same answers), and
// medians of critical links, brokerage and betweenness on a world of 200 parties and 3,000 agreements.
import {
  brokers,
  channelBetweenness,
  criticalLinks,
  datasetSpan,
  reachability,
  routeTimeline,
  type TimelineInterval,
} from "../src/analysis";
import { loadModel } from "../src/cli/io";
import { addDays, buildModel, compareDays, type Model } from "../src/model";
import { findRoutes, type RouteOptions, type RouteQuery, routeKey } from "../src/routing";
import { syntheticWorld } from "../tests/support/syntheticWorld";

const ms = (x: number) =>
  x < 1 ? `${(x * 1000).toFixed(0)} µs` : x < 1000 ? `${x.toFixed(1)} ms` : `${(x / 1000).toFixed(2)} s`;

function timeIt<T>(f: () => T): { value: T; time: number } {
  const t = performance.now();
  const value = f();
  return { value, time: performance.now() - t };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of `runs` calls after one warm-up call. */
function medianOf(runs: number, f: () => unknown): number {
  f();
  return median(Array.from({ length: runs }, () => timeIt(f).time));
}

let failures = 0;
const report = (line: string) => console.log(line);

/** Intervals built the slow way: findRoutes on every day, merging days whose candidates read the same. */
function timelineByDays(model: Model, query: Omit<RouteQuery, "at">, since: string, until: string) {
  const intervals: TimelineInterval[] = [];
  let previous = "";
  for (let day = since; compareDays(day, until) <= 0; day = addDays(day, 1)) {
    const a = findRoutes(model, { ...query, at: day }, { explain: "all" });
    const routes = [...a.routes, ...a.blocked].map((r) => ({
      key: routeKey(r),
      status: r.status,
      conditions: r.conditions.map((c) => c.code),
      warnings: r.warnings.map((w) => w.code),
    }));
    const signature = JSON.stringify(routes);
    if (signature === previous) {
      intervals[intervals.length - 1]!.to = day;
      continue;
    }
    previous = signature;
    intervals.push({ from: day, to: day, best: a.routes[0]?.kind ?? "none", routes });
  }
  return intervals;
}

function benchTimeline() {
  const model = loadModel();
  const { first, last } = datasetSpan(model);
  const query = { from: "KOR", to: "JPN", topic: "nk-missile" };
  const days = Math.round((Date.parse(last!) - Date.parse(first!)) / 86_400_000) + 1;
  const engine = medianOf(20, () =>
    routeTimeline(model, query.from, query.to, query.topic, { explain: "all" }, first!, last!),
  );
  const mine = routeTimeline(
    model,
    query.from,
    query.to,
    query.topic,
    { explain: "all" },
    first!,
    last!,
  ).intervals;
  const baseline = timeIt(() => timelineByDays(model, query, first!, last!));
  const same = JSON.stringify(mine) === JSON.stringify(baseline.value);
  if (!same) failures++;
  const ratio = baseline.time / engine;
  report(
    `Route timeline KOR → JPN nk-missile, default dataset ${first} to ${last} (${days.toLocaleString("en")} days, ${mine.length} intervals):`,
  );
  report(
    `  routeTimeline median ${ms(engine)}; findRoutes for every day ${ms(baseline.time)}; ratio ${ratio.toFixed(0)}×`,
  );
  report(`  same intervals: ${same ? "yes" : "NO"}; target ≥ 100×: ${ratio >= 100 ? "met" : "NOT met"}`);
}

function benchWorld() {
  const model = buildModel(syntheticWorld({ parties: 200, agreements: 3000, seed: 1 }));
  const at = "2000-01-01";
  const topic = "nk-missile";
  const options: Partial<RouteOptions> = { maxHops: 3 };
  const pairs = 200 * 199;
  report(`\n200 parties / 3,000 agreements (seed 1), topic ${topic}, ${at}, maxHops 3:`);

  const engine = medianOf(5, () => reachability(model, topic, at, options));
  const matrix = reachability(model, topic, at, options);
  let mismatches = 0;
  const baseline = timeIt(() => {
    for (const pair of matrix.pairs) {
      const { routes } = findRoutes(
        model,
        { from: pair.from, to: pair.to, topic, at },
        { ...options, explain: 0 },
      );
      const best = routes[0]?.kind ?? "none";
      const conditional =
        routes.length > 0 && routes.every((r) => r.conditions.length + r.warnings.length > 0);
      if (pair.best !== best || pair.permitted !== routes.length || pair.conditional !== conditional)
        mismatches++;
    }
  });
  if (mismatches > 0) failures++;
  const reached = matrix.pairs.filter((p) => p.permitted > 0).length;
  report(
    `  reachability (${pairs.toLocaleString("en")} ordered pairs, ${reached.toLocaleString("en")} reachable) median ${ms(engine)}; findRoutes per pair ${ms(baseline.time)}; ratio ${(baseline.time / engine).toFixed(0)}×`,
  );
  report(
    `  same answers on every pair: ${mismatches === 0 ? "yes" : `NO (${mismatches})`}; target ≤ 2 s: ${engine <= 2000 ? "met" : "NOT met"}`,
  );
  const consent = medianOf(3, () => reachability(model, topic, at, { ...options, allowConsentRelay: true }));
  report(`  reachability with ad-hoc consent relay median ${ms(consent)}`);

  const queries = matrix.pairs.filter((p) => p.permitted > 0).filter((_, i) => i % 37 === 0);
  const criticalTimes = queries.map(
    (p) => timeIt(() => criticalLinks(model, { from: p.from, to: p.to, topic, at }, options)).time,
  );
  report(`  critical links median ${ms(median(criticalTimes))} over ${queries.length} reachable pairs`);
  const timelines = queries
    .slice(0, 15)
    .map((p) => timeIt(() => routeTimeline(model, p.from, p.to, topic, { ...options, explain: 10 })).time);
  report(
    `  route timeline median ${ms(median(timelines))} over ${timelines.length} reachable pairs (whole range, explain 10)`,
  );
  report(`  brokers median ${ms(medianOf(5, () => brokers(model, topic, at, options)))}`);
  report(
    `  betweenness (graphology-metrics) median ${ms(medianOf(5, () => channelBetweenness(model, at, options)))}`,
  );
}

const started = performance.now();
benchTimeline();
benchWorld();
report(`\nTotal time ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures > 0) process.exitCode = 1;
