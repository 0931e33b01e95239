// Permalink round trip (property) and the handling of invalid values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routeKey } from "../../src/routing";
import {
  defaultPermalink,
  INITIAL_ANALYSIS,
  type KnownIds,
  LAYOUTS,
  PERMALINK_KEYS,
  type Permalink,
  parsePermalink,
  resolvePermalinkRoute,
  serialisePermalink,
} from "../../src/state";
import { analysisArbitrary } from "./analysisArbitrary";

const known: KnownIds = {
  parties: new Set(["KOR", "JPN", "USA", "NATO"]),
  topics: new Set(["any", "north-korea", "nk-missile", "nk-nuclear", "china-military"]),
  agreements: new Set(["gsomia", "tisa", "ukusa"]),
};
const defaults = defaultPermalink("2024-01-01");

const day = fc
  .date({ min: new Date("1940-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const permalink: fc.Arbitrary<Permalink> = fc.record({
  query: fc.option(
    fc.record({
      from: fc.constantFrom(...known.parties),
      to: fc.constantFrom(...known.parties),
      topic: fc.constantFrom(...known.topics),
    }),
    { nil: null },
  ),
  at: day,
  maxHops: fc.integer({ min: 1, max: 6 }),
  allowConsentRelay: fc.boolean(),
  disabled: fc.uniqueArray(fc.constantFrom(...known.agreements, ...known.parties)),
  layout: fc.constantFrom(...LAYOUTS),
  route: fc.option(
    fc.uniqueArray(fc.constantFrom(...known.parties), { minLength: 2, maxLength: 4 }).chain((parties) =>
      fc
        .array(fc.constantFrom(...known.agreements), {
          minLength: parties.length - 1,
          maxLength: parties.length - 1,
        })
        .map((agreements) =>
          routeKey(agreements.map((agreement, i) => ({ from: parties[i]!, to: parties[i + 1]!, agreement }))),
        ),
    ),
    { nil: null },
  ),
  hideInactive: fc.boolean(),
  showBlocked: fc.boolean(),
  analysis: analysisArbitrary(day, [...known.agreements, ...known.parties]),
});

describe("permalink round trip", () => {
  it("parse(serialise(x)) = x with no problems", () => {
    fc.assert(
      fc.property(permalink, (link) => {
        const parsed = parsePermalink(serialisePermalink(link, defaults), known, defaults);
        expect(parsed.problems).toEqual([]);
        expect(parsed.permalink).toEqual(link);
      }),
    );
  });

  it("survives a trip through a real URL", () => {
    fc.assert(
      fc.property(permalink, (link) => {
        const url = new URL(`https://example.org/?${serialisePermalink(link, defaults)}`);
        expect(parsePermalink(url.search, known, defaults).permalink).toEqual(link);
      }),
    );
  });
});

describe("permalink format", () => {
  it("reads the documented example", () => {
    const { permalink: link, problems } = parsePermalink(
      "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19&layout=force&route=KOR>USA>JPN:tisa%2Btisa&hops=3&disable=tisa,USA&consent=1",
      known,
      defaults,
    );
    expect(problems).toEqual([]);
    expect(link).toEqual({
      query: { from: "KOR", to: "JPN", topic: "nk-missile" },
      at: "2017-11-19",
      layout: "force",
      route: "KOR>USA>JPN:tisa+tisa",
      maxHops: 3,
      disabled: ["tisa", "USA"],
      allowConsentRelay: true,
      hideInactive: false,
      showBlocked: false,
      analysis: INITIAL_ANALYSIS,
    });
  });

  it("writes the query, date and scenario readably and leaves defaults out", () => {
    const link: Permalink = {
      ...defaults,
      query: { from: "KOR", to: "JPN", topic: "nk-missile" },
      at: "2017-11-19",
      route: "KOR>USA>JPN:tisa+tisa",
      disabled: ["gsomia", "USA"],
    };
    expect(serialisePermalink(link, defaults)).toBe(
      "from=KOR&to=JPN&topic=nk-missile&at=2017-11-19&route=KOR%3EUSA%3EJPN:tisa%2Btisa&disable=gsomia,USA",
    );
    expect(serialisePermalink(defaults, defaults)).toBe("");
  });

  it("an empty query string means the defaults", () => {
    expect(parsePermalink("", known, defaults)).toEqual({
      permalink: defaults,
      routeNumber: null,
      draft: {},
      problems: [],
    });
  });

  it("a query without a topic asks about any topic", () => {
    expect(parsePermalink("from=KOR&to=JPN", known, defaults).permalink.query).toEqual({
      from: "KOR",
      to: "JPN",
      topic: "any",
    });
  });

  it("half a query fills the route finder without answering", () => {
    const parsed = parsePermalink("from=KOR&topic=nk-missile", known, defaults);
    expect(parsed.permalink.query).toBeNull();
    expect(parsed.draft).toEqual({ from: "KOR", topic: "nk-missile" });
    expect(parsed.problems).toEqual([]);
  });
});

describe("invalid permalink values are reported and ignored", () => {
  const cases: [string, string, Partial<Permalink>][] = [
    ["from=XXX&to=JPN", "from=XXX", { query: null }],
    ["from=KOR&to=kor", "to=kor", { query: null }],
    ["from=KOR&to=JPN&topic=weather", "topic=weather", { query: { from: "KOR", to: "JPN", topic: "any" } }],
    ["at=2019-02-30", "at=2019-02-30", { at: defaults.at }],
    ["at=2017-11", "at=2017-11", { at: defaults.at }],
    ["at=yesterday", "at=yesterday", { at: defaults.at }],
    ["hops=0", "hops=0", { maxHops: 3 }],
    ["hops=7", "hops=7", { maxHops: 3 }],
    ["hops=2.5", "hops=2.5", { maxHops: 3 }],
    ["layout=circle", "layout=circle", { layout: "geographic" }],
    ["route=0", "route=0", { route: null }],
    ["route=first", "route=first", { route: null }],
    ["route=KOR>USA", "route=KOR>USA", { route: null }],
    ["route=KOR>KOR:gsomia", "route=KOR>KOR:gsomia", { route: null }],
    ["disable=tisa,nothing", "disable=nothing", { disabled: ["tisa"] }],
    ["consent=yes", "consent=yes", { allowConsentRelay: false }],
  ];
  it.each(cases)("%s", (search, mention, expected) => {
    const parsed = parsePermalink(search, known, defaults);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toContain(mention);
    expect(parsed.permalink).toMatchObject(expected);
  });

  it("reports every invalid value and keeps the valid ones", () => {
    const parsed = parsePermalink("from=KOR&to=JPN&at=2017-13-01&hops=9&layout=x&route=2", known, defaults);
    expect(parsed.problems).toHaveLength(3);
    expect(parsed.permalink.query).toEqual({ from: "KOR", to: "JPN", topic: "any" });
    expect(parsed.permalink.route).toBeNull();
    expect(parsed.routeNumber).toBe(2);
  });

  it("markup in a value is reported as plain text, never decoded into anything else", () => {
    const parsed = parsePermalink(
      `from=${encodeURIComponent("<img src=x onerror=alert(1)>")}`,
      known,
      defaults,
    );
    expect(parsed.problems).toEqual([
      "Ignored from=<img src=x onerror=alert(1)>: no such party in the dataset.",
    ]);
  });

  it("a malformed percent escape does not throw", () => {
    const parsed = parsePermalink("from=%E0%A4%A", known, defaults);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.permalink.query).toBeNull();
  });
});

describe("the permalink's fields", () => {
  it("are listed once and make up the defaults", () => {
    expect(Object.keys(defaults).sort()).toEqual([...PERMALINK_KEYS].sort());
    expect(defaults).toEqual({
      query: null,
      at: "2024-01-01",
      layout: "geographic",
      route: null,
      maxHops: 3,
      disabled: [],
      allowConsentRelay: false,
      hideInactive: false,
      showBlocked: false,
      analysis: INITIAL_ANALYSIS,
    });
  });

  it("reads a key typed with a literal + (which a query string reads as a space)", () => {
    expect(parsePermalink("route=KOR>USA>JPN:tisa+tisa", known, defaults).permalink.route).toBe(
      "KOR>USA>JPN:tisa+tisa",
    );
  });

  it("reads a route number as a position to resolve, not as a route", () => {
    const parsed = parsePermalink("from=KOR&to=JPN&route=2", known, defaults);
    expect(parsed.permalink.route).toBeNull();
    expect(parsed.routeNumber).toBe(2);
    expect(parsed.problems).toEqual([]);
  });
});

describe("resolvePermalinkRoute", () => {
  const direct = { hops: [{ from: "KOR", to: "JPN", agreement: "gsomia" }] };
  const relayed = {
    hops: [
      { from: "KOR", to: "USA", agreement: "tisa" },
      { from: "USA", to: "JPN", agreement: "tisa" },
    ],
  };
  const link = (route: string | null) => ({ ...defaults, route });

  it("turns a number into the key of the route at that position, counting from 1", () => {
    expect(resolvePermalinkRoute({ permalink: link(null), routeNumber: 2 }, [direct, relayed])).toEqual({
      route: "KOR>USA>JPN:tisa+tisa",
      problems: [],
    });
  });

  it("reports a number beyond the answer and selects nothing", () => {
    expect(resolvePermalinkRoute({ permalink: link(null), routeNumber: 3 }, [direct, relayed])).toEqual({
      route: null,
      problems: ["Ignored route=3: the answer lists 2 routes."],
    });
  });

  it("keeps a key the answer lists, wherever it is listed", () => {
    const key = "KOR>USA>JPN:tisa+tisa";
    expect(resolvePermalinkRoute({ permalink: link(key), routeNumber: null }, [relayed, direct]).route).toBe(
      key,
    );
  });

  it("reports a key the answer does not list", () => {
    const checked = resolvePermalinkRoute(
      { permalink: link("KOR>NATO>JPN:ukusa+ukusa"), routeNumber: null },
      [direct],
    );
    expect(checked.route).toBeNull();
    expect(checked.problems).toEqual([
      "Ignored route=KOR>NATO>JPN:ukusa+ukusa: the answer has no such route.",
    ]);
  });

  it("selects nothing, silently, when the permalink names no route", () => {
    expect(resolvePermalinkRoute({ permalink: link(null), routeNumber: null }, [direct])).toEqual({
      route: null,
      problems: [],
    });
  });
});
