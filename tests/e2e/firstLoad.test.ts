// End to end in headless Chromium: a first visit answers the 2017 story at once, states the question Liaison
// answers, and the route finder's fields say the question the routes answer.
import { describe, expect, it } from "vitest";
import { permittedRoutes, registerExplorerPages } from "./browser";

const open = registerExplorerPages();

describe("first screen", () => {
  it("answers South Korea → Japan on North Korean missiles on 2017-11-19 with no URL parameters", async () => {
    const page = await open();
    await expect(page.getByRole("banner").textContent()).resolves.toContain(
      "Can information on a topic get from one country to another on a given date",
    );
    const routes = await permittedRoutes(page);
    expect(routes).toHaveLength(2);
    expect(routes[0]).toMatch(/South Korea → Japan/);
    expect(routes[1]).toMatch(/South Korea → United States → Japan/);
    const field = (name: string) => page.getByLabel(name, { exact: true }).inputValue();
    expect([await field("From"), await field("To"), await field("Topic"), await field("As of")]).toEqual([
      "KOR",
      "JPN",
      "nk-missile",
      "2017-11-19",
    ]);
    await expect(page.getByRole("region", { name: "Routes", exact: true }).textContent()).resolves.toContain(
      "South Korea → Japan, North Korean missiles, on 2017-11-19",
    );
    expect(new URL(page.url()).search).toBe("?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19");
    // The comparison is in view without scrolling at 1440×900.
    const box = await page.getByRole("region", { name: "Compare routes" }).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(900);
  });

  it("a changed field says the routes are for the question asked until Find routes answers the new one", async () => {
    const page = await open();
    await page.getByLabel("To", { exact: true }).selectOption("USA");
    await expect(page.locator(".pending-note").textContent()).resolves.toContain(
      "The routes shown are for South Korea → Japan",
    );
    await page.getByRole("button", { name: "Find routes" }).click();
    await expect(page.locator(".pending-note").count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.get("to")).toBe("USA");
  });
});
