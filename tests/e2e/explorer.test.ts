// End to end in headless Chromium against the test build: the story permalink, keyboard use, route highlighting,
// the date and the timeline, and scenarios; every page stays on its origin without console errors.
import { describe, expect, it } from "vitest";
import { permittedRoutes as permitted, registerExplorerPages } from "./browser";

const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const open = registerExplorerPages();

describe("explorer", () => {
  it("a permalink opens with the 2017-11-19 answer: direct GSOMIA first, then TISA via the US", async () => {
    const page = await open(STORY);
    const routes = await permitted(page);
    expect(routes).toHaveLength(2);
    expect(routes[0]).toMatch(/South Korea → Japan/);
    expect(routes[0]).toMatch(/Direct via Japan–ROK GSOMIA/);
    expect(routes[1]).toMatch(/South Korea → United States → Japan/);
    expect(routes[1]).toMatch(/via TISA/);
    await expect(page.getByLabel("From", { exact: true }).inputValue()).resolves.toBe("KOR");
    await expect(page.getByLabel("As of", { exact: true }).inputValue()).resolves.toBe("2017-11-19");
    // The comparison names each agreement's kind and legal nature.
    const comparison = page.getByRole("region", { name: "Compare routes" });
    await expect(comparison.textContent()).resolves.toMatch(/TISA.*Arrangement, non-binding/s);
  });

  it("From, To, Topic and As of chosen with the keyboard only give routes, and the URL follows", async () => {
    const page = await open("?from=USA&to=KOR");
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
    const tabTo = async (id: string) => {
      for (let i = 0; i < 30 && (await focusedId()) !== id; i++) await page.keyboard.press("Tab");
      expect(await focusedId()).toBe(id);
    };
    const arrowTo = async (id: string, value: string) => {
      const current = () =>
        page.evaluate((el) => (document.getElementById(el) as HTMLSelectElement).value, id);
      for (let i = 0; i < 40 && (await current()) !== value; i++) await page.keyboard.press("ArrowDown");
      for (let i = 0; i < 40 && (await current()) !== value; i++) await page.keyboard.press("ArrowUp");
      expect(await current()).toBe(value);
    };
    await tabTo("rf-from");
    await arrowTo("rf-from", "KOR");
    await page.keyboard.press("Tab");
    await arrowTo("rf-to", "JPN");
    await page.keyboard.press("Tab");
    await arrowTo("rf-topic", "nk-missile");
    await page.keyboard.press("Tab");
    expect(await focusedId()).toBe("rf-at");
    // The As-of field takes ISO dates whatever the locale (the page is en-US).
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2015-06-01");
    await expect(page.getByLabel("As of", { exact: true }).inputValue()).resolves.toBe("2015-06-01");
    await tabTo("rf-find");
    await page.keyboard.press("Enter");
    const routes = await permitted(page);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(/South Korea → United States → Japan/);
    expect(new URL(page.url()).search).toBe("?from=KOR&to=JPN&topic=nk-missile&at=2015-06-01");
  });

  it("a permalink names the selected route by its key", async () => {
    const page = await open(`${STORY}&route=KOR%3EUSA%3EJPN:tisa%2Btisa`);
    await expect(page.getByRole("heading", { name: /^Route 2:/ }).count()).resolves.toBe(1);
    await page.waitForFunction(() =>
      window.__liaison?.cy.getElementById("tisa:USA->JPN").hasClass("on-route"),
    );
  });

  it("selecting a route highlights its edges in the graph", async () => {
    const page = await open(STORY);
    await page.getByRole("list", { name: "Permitted routes" }).getByRole("button").nth(1).click();
    await page.waitForFunction(() => {
      const cy = window.__liaison?.cy;
      return !!cy && cy.getElementById("tisa:KOR->USA").hasClass("on-route");
    });
    const classes = await page.evaluate(() => {
      const cy = window.__liaison!.cy;
      return {
        first: cy.getElementById("tisa:KOR->USA").hasClass("on-route"),
        second: cy.getElementById("tisa:USA->JPN").hasClass("on-route"),
        gsomia: cy.edges(".on-route").filter((e) => e.data("agreement") === "jpn-kor-gsomia").length,
      };
    });
    expect(classes).toEqual({ first: true, second: true, gsomia: 0 });
    expect(new URL(page.url()).searchParams.get("route")).toBe("KOR>USA>JPN:tisa+tisa");
    await expect(page.getByRole("heading", { name: /^Route 2:/ }).count()).resolves.toBe(1);
  });

  it("moving the date to 2015-06-01 leaves only the TISA route", async () => {
    const page = await open(STORY);
    expect(await permitted(page)).toHaveLength(2);
    await page.getByLabel("As of", { exact: true }).fill("2015-06-01");
    const routes = await permitted(page);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(/United States/);
    expect(routes[0]).toMatch(/TISA/);
    expect(new URL(page.url()).searchParams.get("at")).toBe("2015-06-01");
  });

  it("a timeline event sets the As-of date", async () => {
    const page = await open(STORY);
    await page
      .getByRole("button", { name: /2014-12-29.*TISA/ })
      .first()
      .click();
    await expect(page.getByLabel("As of", { exact: true }).inputValue()).resolves.toBe("2014-12-29");
  });

  it("disabling GSOMIA on 2017-11-19 leaves the relay via the US", async () => {
    const page = await open(STORY);
    await page.getByRole("list", { name: "Permitted routes" }).getByRole("button").first().click();
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("button", { name: "Japan–ROK GSOMIA" })
      .click();
    await page.getByRole("button", { name: "Disable in scenario" }).click();
    const routes = await permitted(page);
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatch(/South Korea → United States → Japan/);
    const scenario = page.getByRole("region", { name: "Scenario: switched off" });
    await expect(scenario.textContent()).resolves.toContain("Japan–ROK GSOMIA");
    expect(new URL(page.url()).searchParams.get("disable")).toBe("jpn-kor-gsomia");
    await scenario.getByRole("button", { name: "Clear scenario" }).click();
    expect(await permitted(page)).toHaveLength(2);
  });
});
