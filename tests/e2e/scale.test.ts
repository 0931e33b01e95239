// End to end in headless Chromium: a 200-party synthetic world imported through Import dataset is drawn (as a
// network: one edge per pair, agreements not in force left out, force-directed since its parties have no place on
// the map, which a note says) and answers a query; its timeline shows a page of events that the keyboard goes past.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { syntheticWorld } from "../support/syntheticWorld";
import { registerExplorerPages } from "./browser";

const open = registerExplorerPages();

/** Wait until the graph holds `parties` nodes and has nothing left to add or lay out. */
async function drawn(page: Page, parties: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      window.__liaison?.cy.nodes().length === n &&
      document.querySelector("[data-layout]")?.getAttribute("aria-busy") === "false",
    parties,
    { timeout: 90_000, polling: 250 },
  );
}

describe("a large imported network", () => {
  it("a 200-party, 3,000-agreement world draws and answers a query", { timeout: 180_000 }, async () => {
    const page = await open();
    const world = syntheticWorld({ parties: 200, agreements: 3000, seed: 11 });
    // CSS locators rather than role and label ones: those walk the accessibility tree of every element, which on a
    // page with a world's parties in each field takes long.
    await page.locator('input[type="file"]').setInputFiles({
      name: "world.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(world)),
    });
    await drawn(page, 200);
    const graph = await page.evaluate(() => {
      const cy = window.__liaison!.cy;
      const points = cy.nodes().map((n) => n.position());
      const placed = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
      const xs = placed.map((p) => p.x);
      const ys = placed.map((p) => p.y);
      return {
        placed: placed.length,
        // Spread out, not on one line.
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
        // Edges Cytoscape draws that the answer (an import opens on its first two parties) did not bring forward.
        background: cy.edges().not(".in-answer, .on-route").length,
        // The network's backdrop is drawn by a layer of its own under Cytoscape's canvas.
        lines: Number(document.querySelector<HTMLCanvasElement>("canvas[data-lines]")?.dataset.lines),
      };
    });
    expect(graph.placed).toBe(200);
    expect(graph.height).toBeGreaterThan(graph.width / 4);
    // One line per pair of parties with an agreement in force: fewer than the world's 6,000-odd agreement edges (and
    // its 4,900 pairs); Cytoscape itself draws only the parties and what a query brings forward.
    expect(graph.lines).toBeGreaterThan(1000);
    expect(graph.lines).toBeLessThan(4000);
    expect(graph.background).toBe(0);
    await expect(page.locator("[data-layout]").getAttribute("data-layout")).resolves.toBe("force");
    // The layout field does not claim the map it cannot draw.
    await expect(page.locator("#graph-layout option:checked").textContent()).resolves.toBe("Force (no map)");
    await expect(page.locator(".graph-notice").textContent()).resolves.toContain(
      "No map position for 200 of 200 parties",
    );

    await page.locator("#rf-from").selectOption("P0001");
    await page.locator("#rf-to").selectOption("P0002");
    await page.locator("#rf-topic").selectOption("any");
    await page.locator("button", { hasText: "Find routes" }).click();
    await page.waitForFunction(() => (window.__liaison?.cy.nodes(".origin").length ?? 0) > 0);
    await expect(page.locator(".routes-panel").first().textContent()).resolves.toMatch(/State 1\b/);
    const answered = await page.evaluate(() => {
      const cy = window.__liaison!.cy;
      return {
        from: cy.nodes(".origin").map((n) => n.id()),
        to: cy.nodes(".destination").map((n) => n.id()),
        forward: cy.edges(".in-answer").length,
        lines: Number(document.querySelector<HTMLCanvasElement>("canvas[data-lines]")?.dataset.lines),
      };
    });
    expect(answered.from).toEqual(["P0001"]);
    expect(answered.to).toEqual(["P0002"]);
    expect(answered.forward).toBeGreaterThan(0);
    // The backdrop stays as it was: a query only brings edges forward.
    expect(answered.lines).toBe(graph.lines);
    // The timeline lists a page of the answer's events around the As-of date with their count, and the slider counts
    // events per stretch of its track: a few hundred elements, not one per event.
    const strip = () =>
      page.evaluate(() => ({
        events: document.querySelectorAll(".timeline-strip li").length,
        pager: document.querySelector(".strip-pager span")?.textContent ?? "",
        ticks: document.querySelectorAll(".slider-ticks .tick").length,
      }));
    const shown = await strip();
    expect(shown.events).toBe(100);
    const total = /^Events [\d,]+–[\d,]+ of ([\d,]+)$/.exec(shown.pager)?.[1];
    expect(Number(total?.replaceAll(",", ""))).toBeGreaterThan(100);
    expect(shown.ticks).toBeLessThanOrEqual(480);
    // The keyboard reaches past the page: Home goes to the first event of all, End to the last.
    await page.locator('.timeline-strip button[tabindex="0"]').focus();
    await page.keyboard.press("Home");
    await expect(strip()).resolves.toMatchObject({ pager: `Events 1–100 of ${total}` });
    await page.keyboard.press("End");
    await expect(strip()).resolves.toMatchObject({
      pager: expect.stringMatching(new RegExp(`–${total} of ${total}$`)),
    });
    await expect(
      page.evaluate(() => document.activeElement?.closest(".timeline-strip li:last-child") !== null),
    ).resolves.toBe(true);
    // Showing agreements not in force brings the pairs that have none in force back.
    await page.locator("#graph-hide-inactive").uncheck();
    await page.waitForFunction(
      (before) =>
        Number(document.querySelector<HTMLCanvasElement>("canvas[data-lines]")?.dataset.lines) > before,
      graph.lines,
    );
  });
});
