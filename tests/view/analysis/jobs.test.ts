// The panels' jobs: "What depends on this?" read from reachability with one more thing switched off, job keys that
// name a question whatever order it is written in, and the runner that computes each question once, one at a time.
import { describe, expect, it } from "vitest";
import { reachability } from "../../../src/analysis";
import { type Job, jobKey } from "../../../src/view/analysis/job";
import { dependants, runJob } from "../../../src/view/analysis/jobs";
import { type Backend, createRunner, Superseded } from "../../../src/view/analysis/runner";
import { shell } from "../fixture";

const OPTIONS = { maxHops: 3, allowConsentRelay: false, disable: [] as string[] };
const pairs = (list: { from: string; to: string }[]) => list.map((p) => `${p.from}>${p.to}`).sort();

describe("dependants", () => {
  it("in 2015 every pair's routes run over TISA; without the US only Seoul and Tokyo are cut off", () => {
    const base = reachability(shell, "nk-missile", "2015-06-01", OPTIONS);
    const tisa = dependants(shell, base, "tisa", OPTIONS);
    expect(tisa).toMatchObject({ id: "tisa", pairs: 6, checked: 6 });
    expect(pairs(tisa.lost)).toEqual(["JPN>KOR", "JPN>USA", "KOR>JPN", "KOR>USA", "USA>JPN", "USA>KOR"]);
    const usa = dependants(shell, base, "USA", OPTIONS);
    expect(usa).toMatchObject({ pairs: 2, checked: 2 });
    expect(pairs(usa.lost)).toEqual(["JPN>KOR", "KOR>JPN"]);
  });

  it("in 2017 GSOMIA keeps Seoul and Tokyo in touch without TISA", () => {
    const base = reachability(shell, "nk-missile", "2017-11-19", OPTIONS);
    const tisa = dependants(shell, base, "tisa", OPTIONS);
    expect(pairs(tisa.lost)).toEqual(["JPN>USA", "KOR>USA", "USA>JPN", "USA>KOR"]);
    expect(dependants(shell, base, "gsomia", OPTIONS).lost).toEqual([]);
  });

  it("counts only pairs with a route to lose as checked", () => {
    const base = reachability(shell, "china-military", "2015-06-01", OPTIONS);
    expect(dependants(shell, base, "tisa", OPTIONS)).toEqual({ id: "tisa", pairs: 6, checked: 0, lost: [] });
  });
});

describe("jobs", () => {
  it("are keyed by their question, not by how it is written", () => {
    const a: Job = {
      kind: "reachability",
      topic: "any",
      at: "2017-11-19",
      options: { ...OPTIONS, disable: ["a", "b"] },
    };
    const b = {
      options: { disable: ["b", "a"], allowConsentRelay: false, maxHops: 3 },
      at: "2017-11-19",
      topic: "any",
    };
    expect(jobKey({ kind: "reachability", ...b })).toBe(jobKey(a));
    expect(jobKey({ ...a, at: "2017-11-20" })).not.toBe(jobKey(a));
  });

  it("answer with the analyses' results", () => {
    const memo = new Map<string, unknown>();
    const brokers = runJob(
      shell,
      { kind: "brokers", topic: "nk-missile", at: "2015-06-01", options: OPTIONS },
      memo,
    );
    expect(brokers.brokerage.brokers[0]).toEqual({ party: "USA", sole: 2, on: 2 });
    expect(brokers.explanation).toMatch(/Betweenness centrality/);
    runJob(
      shell,
      { kind: "depends", id: "tisa", topic: "nk-missile", at: "2015-06-01", options: OPTIONS },
      memo,
    );
    // The dependants' baseline reachability is kept for the matrix of the same date.
    expect(
      memo.has(jobKey({ kind: "reachability", topic: "nk-missile", at: "2015-06-01", options: OPTIONS })),
    ).toBe(true);
    const timeline = runJob(shell, {
      kind: "timeline",
      from: "KOR",
      to: "JPN",
      topic: "nk-missile",
      options: OPTIONS,
    });
    expect(timeline.intervals.map((i) => [i.from, i.best])).toEqual([
      ["2014-12-29", "relayed"],
      ["2016-11-23", "direct"],
    ]);
  });
});

describe("runner", () => {
  const job = (at: string): Job => ({ kind: "reachability", topic: "any", at, options: OPTIONS });

  /** A backend whose answers arrive when the test says, recording what it was asked. */
  function controlled() {
    const asked: string[] = [];
    const waiting: (() => void)[] = [];
    const backend: Backend = (_model, j) =>
      new Promise((done) => {
        asked.push("at" in j ? j.at : j.kind);
        waiting.push(() => done({ value: `answer ${"at" in j ? j.at : ""}`, ms: 1 }));
      });
    const finish = async () => {
      waiting.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    };
    return { asked, backend, finish };
  }

  it("computes a question once and remembers the answer per model", async () => {
    const { asked, backend, finish } = controlled();
    const runner = createRunner(backend);
    const first = runner.run(shell, job("2015-01-01"));
    const again = runner.run(shell, job("2015-01-01"));
    await finish();
    expect(await first).toBe("answer 2015-01-01");
    expect(await again).toBe("answer 2015-01-01");
    expect(runner.known(shell, job("2015-01-01"))).toBe("answer 2015-01-01");
    expect(await runner.run(shell, job("2015-01-01"))).toBe("answer 2015-01-01");
    expect(asked).toEqual(["2015-01-01"]);
  });

  it("runs one job at a time, and a newer question of a kind replaces one still waiting", async () => {
    const { asked, backend, finish } = controlled();
    const runner = createRunner(backend);
    const one = runner.run(shell, job("2015-01-01"));
    const two = runner.run(shell, job("2015-02-01"));
    const three = runner.run(shell, job("2015-03-01"));
    await expect(two).rejects.toBeInstanceOf(Superseded);
    expect(asked).toEqual(["2015-01-01"]);
    await finish();
    expect(await one).toBe("answer 2015-01-01");
    expect(asked).toEqual(["2015-01-01", "2015-03-01"]);
    await finish();
    expect(await three).toBe("answer 2015-03-01");
  });

  it("passes errors on and does not remember them", async () => {
    let calls = 0;
    const runner = createRunner(async () => {
      calls++;
      throw new Error("unknown topic");
    });
    await expect(runner.run(shell, job("2015-01-01"))).rejects.toThrow("unknown topic");
    await expect(runner.run(shell, job("2015-01-01"))).rejects.toThrow("unknown topic");
    expect(calls).toBe(2);
  });
});
