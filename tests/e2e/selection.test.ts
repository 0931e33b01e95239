// End to end in headless Chromium: the selected route follows its key (DESIGN.md rule 9) through dates, options
// and permalinks; it is never swapped for another route, and the explorer says when it is no candidate.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { registerExplorerPages } from "./browser";

const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const TISA = "KOR>USA>JPN:tisa+tisa";
const open = registerExplorerPages();

/** The details heading, the route's status words and the graph's highlighted hops, once the URL has `at`. */
async function shown(page: Page, at: string) {
  await page.getByLabel("As of", { exact: true }).fill(at);
  await page.waitForFunction((day) => new URL(location.href).searchParams.get("at") === day, at);
  const details = page.getByRole("complementary", { name: "Details" });
  const heading = await details.getByRole("heading", { level: 2 }).textContent();
  const status = await details.locator(".route-status").textContent();
  const onRoute = await page.evaluate(() =>
    window
      .__liaison!.cy.edges(".on-route")
      .map((e) => e.id())
      .sort(),
  );
  const pressed = await page.getByRole("button", { pressed: true }).locator(".route-path").allTextContents();
  return { heading, status, onRoute, pressed, route: new URL(page.url()).searchParams.get("route") };
}

describe("selection that follows the route", () => {
  it("keeps the TISA relay selected from 2017-11-19 to 2015-06-01 and 2024-06-01, and blocked on 2014-06-01", async () => {
    const page = await open(STORY);
    await page
      .getByRole("list", { name: "Permitted routes" })
      .getByRole("button", { name: /United States/ })
      .click();
    const path = "South Korea → United States → Japan";
    const tisaEdges = ["tisa:KOR->USA", "tisa:USA->JPN"];
    for (const at of ["2017-11-19", "2015-06-01", "2024-06-01"]) {
      const s = await shown(page, at);
      expect(s.heading, at).toMatch(new RegExp(`^Route \\d: ${path}$`));
      expect(s.status, at).toMatch(/^Permitted/);
      expect(s.onRoute, at).toEqual(tisaEdges);
      expect(s.pressed, at).toEqual([path]);
      expect(s.route, at).toBe(TISA);
    }
    const before = await shown(page, "2014-06-01");
    expect(before.status).toMatch(/^Blocked/);
    expect(before.heading).toContain(path);
    expect(before.onRoute).toEqual(tisaEdges);
    expect(before.route).toBe(TISA);
    const details = page.getByRole("complementary", { name: "Details" });
    await expect(details.getByText(/Not in force not-in-force/).count()).resolves.toBeGreaterThan(0);
    await expect(details.textContent()).resolves.toContain(
      "Blocked until 2014-12-28; permitted from 2014-12-29.",
    );
    await details.getByRole("button", { name: "Go to 2014-12-29, when it is permitted" }).click();
    await expect(page.getByLabel("As of", { exact: true }).inputValue()).resolves.toBe("2014-12-29");
    await expect(details.locator(".route-status").textContent()).resolves.toMatch(/^Permitted/);
  });

  it("says the route is no candidate under fewer hops, selects no other, and takes it back with more", async () => {
    const page = await open(`${STORY}&route=${encodeURIComponent(TISA)}`);
    await page.getByLabel("Max hops").fill("1");
    const notice = page.locator(".follow-notice");
    await expect(notice.textContent()).resolves.toContain(
      "is not among the candidates on any date: it has 2 hops and Max hops is 1",
    );
    await expect(page.getByRole("button", { pressed: true }).count()).resolves.toBe(0);
    expect(await page.evaluate(() => window.__liaison!.cy.edges(".on-route").length)).toBe(0);
    expect(new URL(page.url()).searchParams.get("route")).toBe(TISA);
    await notice.getByRole("button", { name: "Allow 2 hops" }).click();
    await expect(page.getByLabel("Max hops").inputValue()).resolves.toBe("2");
    await page.waitForFunction(() =>
      window.__liaison!.cy.getElementById("tisa:USA->JPN").hasClass("on-route"),
    );
  });

  it("an old numeric route= permalink selects the route at that place, then follows its key", async () => {
    const page = await open(`${STORY}&route=2`);
    await page.waitForFunction((key) => new URL(location.href).searchParams.get("route") === key, TISA);
    const s = await shown(page, "2015-06-01");
    expect(s.heading).toBe("Route 1: South Korea → United States → Japan");
  });
});
