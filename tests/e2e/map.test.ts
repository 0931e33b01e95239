// End to end in headless Chromium: the geographic layout keeps every country where it is (Belgium, France, the
// Netherlands, Norway and Sweden in their west–east and north–south order, whatever the crowding), and the
// concentric layout draws the selected route round every node it does not link.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { registerExplorerPages } from "./browser";

const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const open = registerExplorerPages();

async function settled(page: Page, layout: string): Promise<void> {
  await page.locator(`[data-layout="${layout}"][aria-busy="false"]`).waitFor();
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Drawn positions (in the canvas's pixels) of the given parties. */
function positions(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((wanted) => {
    const cy = window.__liaison!.cy;
    return Object.fromEntries(wanted.map((id) => [id, { ...cy.getElementById(id).renderedPosition() }]));
  }, ids);
}

// From the countries' coordinates (latitude, longitude): France 46, 2; Belgium 50.83, 4; the Netherlands 52.5,
// 5.75; Norway 62, 10; Sweden 62, 15.
const WEST_TO_EAST = ["FRA", "BEL", "NLD", "NOR", "SWE"];
const SOUTH_TO_NORTH = ["FRA", "BEL", "NLD", "NOR"];

function expectOrder(at: Record<string, { x: number; y: number }>): void {
  for (let i = 1; i < WEST_TO_EAST.length; i++) {
    const [west, east] = [WEST_TO_EAST[i - 1]!, WEST_TO_EAST[i]!];
    expect(at[west]!.x, `${west} west of ${east}`).toBeLessThan(at[east]!.x);
  }
  for (let i = 1; i < SOUTH_TO_NORTH.length; i++) {
    const [south, north] = [SOUTH_TO_NORTH[i - 1]!, SOUTH_TO_NORTH[i]!];
    // Screen y grows downwards.
    expect(at[south]!.y, `${south} south of ${north}`).toBeGreaterThan(at[north]!.y);
  }
  // Norway and Sweden lie on one parallel: side by side, neither south of the other.
  expect(Math.abs(at.NOR!.y - at.SWE!.y)).toBeLessThan(1);
}

describe("the map", () => {
  it("keeps Belgium, France, the Netherlands, Norway and Sweden in their order, on the whole map and on a European query", async () => {
    // A date alone opens the whole map with no question asked (an empty address opens the Korea story instead).
    for (const search of ["?at=2017-11-19", "?from=FRA&to=NOR&topic=any&at=2017-11-19"]) {
      const page = await open(search);
      await settled(page, "geographic");
      expectOrder(await positions(page, WEST_TO_EAST));
    }
  });

  it("centres the whole map so that London–Washington crosses the Atlantic", async () => {
    const page = await open("?from=GBR&to=CAN&topic=any&at=2017-11-19");
    await settled(page, "geographic");
    const at = await positions(page, ["USA", "CAN", "GBR", "FRA"]);
    // West to east across the Atlantic: the Americas left of Britain and France, not beyond them round the world.
    expect(at.USA!.x).toBeLessThan(at.GBR!.x);
    expect(at.CAN!.x).toBeLessThan(at.GBR!.x);
    expect(at.GBR!.x).toBeLessThan(at.FRA!.x + 60);
  });

  it("frames the selected route's region: the direct Seoul–Tokyo route is drawn at least twice as long as beside the relay", async () => {
    const apart = async (route: string) => {
      const page = await open(`${STORY}&route=${encodeURIComponent(route)}`);
      await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
      await settled(page, "geographic");
      const at = await positions(page, ["KOR", "JPN", "USA"]);
      const inView = await page.evaluate(() => {
        const cy = window.__liaison!.cy;
        const p = cy.getElementById("USA").renderedPosition();
        return p.x >= 0 && p.x <= cy.width() && p.y >= 0 && p.y <= cy.height();
      });
      return { distance: Math.hypot(at.JPN!.x - at.KOR!.x, at.JPN!.y - at.KOR!.y), usaInView: inView };
    };
    const relay = await apart("KOR>USA>JPN:tisa+tisa");
    const direct = await apart("KOR>JPN:jpn-kor-gsomia");
    expect(relay.usaInView).toBe(true);
    expect(direct.distance).toBeGreaterThan(2 * relay.distance);
  });
});

describe("the concentric layout", () => {
  it("draws the selected route round every node it does not link", async () => {
    for (const route of ["1", "2"]) {
      const page = await open(`${STORY}&route=${route}&layout=concentric`);
      await settled(page, "concentric");
      await page.waitForFunction(() => (window.__liaison?.cy.edges(".on-route").length ?? 0) > 0);
      const closest = await page.evaluate(() => {
        const cy = window.__liaison!.cy;
        const hits: { hop: string; node: string; distance: number }[] = [];
        cy.edges(".on-route").forEach((edge) => {
          const a = edge.sourceEndpoint();
          const b = edge.targetEndpoint();
          const controls = edge.controlPoints() ?? [];
          const c = controls[0] ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          const others = cy
            .nodes()
            .filter((n) => n.id() !== edge.source().id() && n.id() !== edge.target().id());
          for (let i = 0; i <= 50; i++) {
            const u = i / 50;
            const p = {
              x: (1 - u) ** 2 * a.x + 2 * u * (1 - u) * c.x + u ** 2 * b.x,
              y: (1 - u) ** 2 * a.y + 2 * u * (1 - u) * c.y + u ** 2 * b.y,
            };
            others.forEach((n) => {
              const q = n.position();
              hits.push({ hop: edge.id(), node: n.id(), distance: Math.hypot(p.x - q.x, p.y - q.y) });
            });
          }
        });
        return hits.sort((x, y) => x.distance - y.distance)[0];
      });
      // A node is 20 units across and the route's line 5.5 wide: its middle stays clear of every other node's disc.
      expect(closest, `route ${route}`).toBeDefined();
      expect(closest!.distance, `route ${route}: ${closest!.hop} passes ${closest!.node}`).toBeGreaterThan(
        13,
      );
    }
  });
});
