// End to end in headless Chromium: each analysis panel driven by keyboard and mouse on the built-in dataset (the
// route timeline sets the date, the comparison lists and marks what 2014-06-01 and 2017-11-19 differ by, a matrix
// cell asks its route question, "What depends on this?" on TISA in 2015, the brokers), and a panel's PNG and SVG.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { channelBetweenness } from "../../src/analysis";
import { modelAt } from "../routing/helpers";
import { permittedRoutes, registerExplorerPages } from "./browser";

const STORY = "?from=KOR&to=JPN&topic=nk-missile&at=2017-11-19";
const open = registerExplorerPages();
const builtIn = modelAt();

const asOf = (page: Page) => page.getByLabel("As of", { exact: true }).inputValue();
const panel = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

/** Press `key` with the focus on `locator`: the keyboard's way into a control. */
async function press(page: Page, locator: ReturnType<Page["locator"]>, key = "Enter") {
  await locator.focus();
  await page.keyboard.press(key);
}

describe("route timeline", () => {
  it("opens from its toggle and draws a lane per route of the pair", async () => {
    const page = await open(STORY);
    await press(page, page.getByRole("button", { name: "Route timeline", exact: true }));
    const strip = page.getByRole("img", { name: /^Route timeline: South Korea → Japan, \d+ routes$/ });
    await strip.waitFor();
    const labels = await strip.locator("text").allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        "South Korea → Japan via Japan–ROK GSOMIA",
        "South Korea → United States → Japan via TISA",
      ]),
    );
    expect(new URL(page.url()).searchParams.get("routetimeline")).toBe("show");
  });

  it("a click on the strip sets the As-of date, and so does a change chosen with the keyboard", async () => {
    const page = await open(`${STORY}&routetimeline=show`);
    const strip = page.getByRole("img", { name: /^Route timeline: South Korea → Japan/ });
    await strip.scrollIntoViewIfNeeded();
    const box = (await strip.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.2, box.y + box.height / 2);
    // The field follows the click after a render: wait for it rather than read it at once.
    await expect.poll(() => asOf(page), { timeout: 5000 }).not.toBe("2017-11-19");
    const clicked = await asOf(page);
    expect(clicked < "2017-11-19").toBe(true);
    await expect(strip.locator("text", { hasText: `As of ${clicked}` }).count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get("at")).toBe(clicked);

    const changes = page.getByRole("list", { name: "Changes (choose one to move the date to it)" });
    await page.getByLabel("As of", { exact: true }).fill("2017-11-19");
    // The change holding 2017-11-19 is 2017-05-10 – 2019-08-22; the one before it starts with GSOMIA. Wait for the
    // list to mark it: the strip follows the new date after a render.
    const current = changes.locator('button[aria-current="date"]', { hasText: "2017-05-10" });
    await current.waitFor();
    await press(page, current, "ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => asOf(page), { timeout: 5000 }).toBe("2016-11-23");
  });
});

describe("compare with date", () => {
  it("2014-06-01 against 2017-11-19 gains the direct and the relayed route, listed and marked on the graph", async () => {
    const page = await open(STORY);
    await page.getByRole("button", { name: "Compare with date…" }).click();
    const compare = panel(page, "Compare: South Korea → Japan");
    const field = compare.getByLabel("Compare with");
    // fill() types into the date field whatever its form (the browser's date input or ISO text).
    await field.fill("2014-06-01");
    await expect(field.inputValue()).resolves.toBe("2014-06-01");
    const gained = compare.getByRole("list", { name: "Routes gained by 2017-11-19 (2)" });
    await gained.waitFor();
    await expect(gained.getByRole("listitem").allTextContents()).resolves.toEqual([
      "South Korea → Japan via Japan–ROK GSOMIA (reported-policy)",
      "South Korea → United States → Japan via TISA (originator-approval, non-binding)",
    ]);
    await expect(
      compare.getByRole("heading", { name: "Routes lost by 2017-11-19 (0)" }).count(),
    ).resolves.toBe(1);
    await page.waitForFunction(() =>
      window.__liaison?.cy.getElementById("jpn-kor-gsomia:JPN--KOR").hasClass("change-gained"),
    );
    const marked = await page.evaluate(() => window.__liaison!.cy.edges(".change-gained").map((e) => e.id()));
    expect(marked).toEqual(expect.arrayContaining(["tisa:KOR--USA", "tisa:JPN--USA"]));
    expect(new URL(page.url()).searchParams.get("vs")).toBe("2014-06-01");

    // With the dates the other way round, the earlier one is still "before".
    await page.getByLabel("As of", { exact: true }).fill("2014-06-01");
    await field.fill("2017-11-19");
    await compare.getByRole("list", { name: "Routes gained by 2017-11-19 (2)" }).waitFor();
    await press(page, compare.getByRole("button", { name: "Close comparison" }));
    await page.waitForFunction(() => window.__liaison?.cy.edges(".change-gained").length === 0);
  });
});

describe("reachability matrix", () => {
  it("a cell clicked with the mouse asks that route question", async () => {
    const page = await open("?topic=nk-missile&at=2017-11-19&matrix=name");
    const matrix = page.getByRole("application", { name: /Reachability matrix/ });
    await matrix.scrollIntoViewIfNeeded();
    const box = (await matrix.boundingBox())!;
    // Down and right in the cells, off the diagonal: the readout says which pair is under the pointer.
    await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.55);
    const pair = (await page.locator(".matrix-readout").textContent())!.split(":")[0]!;
    const [from, to] = pair.split(" → ");
    await page.mouse.down();
    await page.mouse.up();
    await page.getByRole("heading", { name: "Routes", exact: true }).waitFor();
    await expect(page.locator("#rf-from option:checked").textContent()).resolves.toMatch(
      new RegExp(`^${from} \\(`),
    );
    await expect(page.locator("#rf-to option:checked").textContent()).resolves.toMatch(
      new RegExp(`^${to} \\(`),
    );
    expect(new URL(page.url()).searchParams.get("topic")).toBe("nk-missile");
  });

  it("the keyboard reaches the matrix, moves to South Korea → Japan and asks it", async () => {
    const page = await open("?topic=nk-missile&at=2017-11-19");
    await press(page, page.getByRole("button", { name: "Reachability matrix" }));
    const matrix = page.getByRole("application", { name: /Reachability matrix/ });
    await matrix.waitFor();
    // Tab from the toggle through the panel's controls reaches the matrix.
    for (let i = 0; i < 12 && !(await matrix.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press("Tab");
    await expect(matrix.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const readout = page.getByRole("status").filter({ hasText: " → " });
    const says = async () => (await readout.textContent()) ?? "";
    for (let i = 0; i < 30 && !(await says()).startsWith("South Korea →"); i++)
      await page.keyboard.press("ArrowDown");
    for (let i = 0; i < 30 && !(await says()).startsWith("South Korea → Japan"); i++)
      await page.keyboard.press("ArrowLeft");
    for (let i = 0; i < 30 && !(await says()).startsWith("South Korea → Japan"); i++)
      await page.keyboard.press("ArrowRight");
    expect(await says()).toMatch(/^South Korea → Japan: direct, 2 permitted routes/);
    await page.keyboard.press("Enter");
    const routes = await permittedRoutes(page);
    expect(routes).toHaveLength(2);
    expect(new URL(page.url()).search).toContain("from=KOR&to=JPN&topic=nk-missile");
  });
});

describe("what depends on this", () => {
  it("TISA on 2015-06-01: Seoul to Tokyo loses every route without it", async () => {
    const page = await open("?from=KOR&to=JPN&topic=nk-missile&at=2015-06-01");
    await page.getByRole("list", { name: "Permitted routes" }).getByRole("button").first().click();
    const details = page.getByRole("complementary", { name: "Details" });
    await details.getByRole("button", { name: "TISA" }).first().click();
    await press(page, details.getByRole("button", { name: "What depends on this?" }));
    const pairs = details.getByRole("list", { name: "Pairs that depend on TISA" });
    await pairs.waitFor();
    await expect(pairs.getByRole("button").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["South Korea → Japan", "Japan → South Korea"]),
    );
    // Every ordered pair of the built-in dataset's parties is counted, whatever their number.
    const parties = builtIn.parties.size;
    await expect(details.getByRole("status").textContent()).resolves.toMatch(
      new RegExp(
        `^2 pairs lose every permitted route without TISA\\. Checked the \\d+ of ${(parties * (parties - 1)).toLocaleString("en")} ordered pairs with a permitted route on 2015-06-01`,
      ),
    );
    expect(new URL(page.url()).searchParams.get("depends")).toBe("tisa");
  });

  it("a permalink with depends= opens with the answer in the details", async () => {
    const page = await open("?from=KOR&to=JPN&topic=nk-missile&at=2015-06-01&depends=tisa");
    const details = page.getByRole("complementary", { name: "Details" });
    await details.getByRole("heading", { name: "TISA", exact: true }).waitFor();
    const pairs = details.getByRole("list", { name: "Pairs that depend on TISA" });
    await pairs.waitFor();
    await expect(pairs.getByRole("button").allTextContents()).resolves.toContain("South Korea → Japan");
  });
});

describe("brokers", () => {
  it("lists the United States first, beside its betweenness, with how the two differ", async () => {
    const page = await open(STORY);
    await press(page, page.getByRole("button", { name: "Brokers", exact: true }));
    const brokers = panel(page, "Brokers on 2017-11-19");
    const first = brokers.getByRole("row").nth(1);
    await first.waitFor();
    await expect(first.getByRole("rowheader").textContent()).resolves.toBe("United States (USA)");
    // Sole and on, then betweenness as the core computes it on the built-in dataset (its own tests check the measure).
    const betweenness = channelBetweenness(builtIn, "2017-11-19").find((r) => r.party === "USA")!.betweenness;
    const cells = await first.getByRole("cell").allTextContents();
    expect(cells.slice(0, 2)).toEqual(["0", "2"]);
    expect(Number(cells[2])).toBeCloseTo(betweenness, 3);
    await expect(brokers.getByText(/not permission to pass information on/).count()).resolves.toBe(1);
    // Ranked by betweenness at a click on its column: the column's numbers, as shown, run from highest to lowest.
    const column = async (i: number) =>
      (
        await brokers
          .locator("tbody tr")
          .evaluateAll((rows, i) => rows.map((r) => r.querySelectorAll("td")[i]?.textContent ?? ""), i)
      ).map(Number);
    const before = await column(2);
    await expect(brokers.locator('th[aria-sort="descending"]').textContent()).resolves.toMatch(/^Sole relay/);
    await brokers.getByRole("button", { name: /^Betweenness/ }).click();
    await expect(brokers.locator('th[aria-sort="descending"]').textContent()).resolves.toMatch(
      /^Betweenness/,
    );
    const after = await column(2);
    expect(after).toEqual([...before].sort((a, b) => b - a));
    const onRoute = await column(1);
    await brokers.getByRole("button", { name: /^On a route/ }).click();
    await expect(brokers.locator('th[aria-sort="descending"]').textContent()).resolves.toMatch(/^On a route/);
    expect(await column(1)).toEqual([...onRoute].sort((a, b) => b - a));
    await brokers.getByRole("button", { name: "Close brokers" }).click();
    await expect(page.getByRole("region", { name: "Brokers on 2017-11-19" }).count()).resolves.toBe(0);
  });
});

describe("panel images", () => {
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  async function download(page: Page, button: string) {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button, exact: true }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  }

  it("the route timeline exports as a PNG and as an SVG that parses, with its caption as text", async () => {
    const page = await open(`${STORY}&routetimeline=show`);
    await page.getByRole("img", { name: /^Route timeline: South Korea → Japan/ }).waitFor();
    const png = await download(page, "Export timeline PNG");
    expect(png.name).toBe("liaison-timeline-KOR-JPN-nk-missile-2017-11-19.png");
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000);
    const svg = await download(page, "Export timeline SVG");
    expect(svg.name).toBe("liaison-timeline-KOR-JPN-nk-missile-2017-11-19.svg");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.tagName,
        texts: Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent),
      };
    }, svg.bytes.toString("utf8"));
    expect(parsed.errors).toBe(0);
    expect(parsed.root).toBe("svg");
    expect(parsed.texts[0]).toBe("Route timeline: South Korea → Japan");
    expect(parsed.texts).toContain("South Korea → United States → Japan via TISA");
  });
});
