// compareDates on the relay-line fixture: routes gained, lost and changed by key, and channels that came into or
// went out of force.
import { describe, expect, it } from "vitest";
import { compareDates } from "../../src/analysis";
import { routeKey } from "../../src/routing";
import { codes } from "../routing/helpers";
import { KEY, relayLine } from "./fixtures";

const AB = { from: "AAA", to: "BBB", topic: "nk-missile" };
const keys = (routes: readonly { hops: { from: string; to: string; agreement: string }[] }[]) =>
  routes.map(routeKey);

describe("compareDates", () => {
  it("lists the routes gained, as they stand on the later date", () => {
    const c = compareDates(relayLine, AB, "2000-07-01", "2005-04-01", { maxHops: 2 });
    expect([c.before, c.after]).toEqual(["2000-07-01", "2005-04-01"]);
    expect(keys(c.gained)).toEqual([KEY.club, KEY.direct]);
    expect(codes(c.gained[1]!.warnings)).toEqual(["termination-pending"]);
    expect(c.lost).toEqual([]);
    expect(c.changed).toEqual([]);
  });

  it("lists the routes lost as they stand after, their reasons saying why", () => {
    const c = compareDates(relayLine, AB, "2005-04-01", "2000-07-01", { maxHops: 2 });
    expect(c.gained).toEqual([]);
    expect(keys(c.lost)).toEqual([KEY.club, KEY.direct]);
    for (const route of c.lost) {
      expect(route.status).toBe("blocked");
      expect(codes(route.reasons)).toEqual(["not-in-force"]);
    }
  });

  it("lists routes permitted on both dates whose warnings differ as changed", () => {
    const c = compareDates(relayLine, AB, "2004-02-01", "2005-04-01", { maxHops: 2 });
    expect(keys(c.gained)).toEqual([KEY.club]);
    expect(c.changed.map((x) => x.key)).toEqual([KEY.direct]);
    expect(codes(c.changed[0]!.before.warnings)).toEqual([]);
    expect(codes(c.changed[0]!.after.warnings)).toEqual(["termination-pending"]);
  });

  it("lists channels that came into force, whatever the topic, by key", () => {
    const c = compareDates(relayLine, AB, "2000-07-01", "2005-04-01", { maxHops: 2 });
    expect(c.channels.cameIntoForce.map((x) => [x.key, x.before, x.after])).toEqual([
      ["ab-direct:AAA->BBB", "not-yet", "termination-pending"],
      ["ab-direct:BBB->AAA", "not-yet", "termination-pending"],
      ["club:AAA->BBB", "not-yet", "in-force"],
      ["club:AAA->DDD", "not-yet", "in-force"],
      ["club:BBB->AAA", "not-yet", "in-force"],
      ["club:BBB->DDD", "not-yet", "in-force"],
      ["club:DDD->AAA", "not-yet", "in-force"],
      ["club:DDD->BBB", "not-yet", "in-force"],
    ]);
    expect(c.channels.wentOutOfForce).toEqual([]);
    expect(c.channels.cameIntoForce[0]).toEqual({
      key: "ab-direct:AAA->BBB",
      agreement: "ab-direct",
      from: "AAA",
      to: "BBB",
      before: "not-yet",
      after: "termination-pending",
    });
  });

  it("lists channels that went out of force; a suspended termination keeps a channel in force", () => {
    const c = compareDates(relayLine, AB, "2005-04-01", "2006-06-01", { maxHops: 2 });
    expect(c.channels.wentOutOfForce.map((x) => [x.key, x.before, x.after])).toEqual([
      ["old:CCC->DDD", "in-force", "ended"],
      ["old:DDD->CCC", "in-force", "ended"],
    ]);
    expect(c.channels.cameIntoForce).toEqual([]);
    expect(c.changed.map((x) => x.key)).toEqual([KEY.direct]);
  });

  it("finds nothing between a date and itself", () => {
    const c = compareDates(relayLine, AB, "2003-03-03", "2003-03-03");
    expect([c.gained, c.lost, c.changed, c.channels.cameIntoForce, c.channels.wentOutOfForce]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it("rejects bad dates and unknown ids", () => {
    expect(() => compareDates(relayLine, AB, "2003", "2004-01-01")).toThrow(/d1 must be a calendar day/);
    expect(() => compareDates(relayLine, { ...AB, to: "ZZZ" }, "2003-01-01", "2004-01-01")).toThrow(/ZZZ/);
  });
});
