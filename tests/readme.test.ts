// The README's dataset example must stay a valid dataset, so the documentation cannot drift from the schema.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../src/model";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("has a dataset example that validates", () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, "a ```yaml block in README.md").toBeDefined();
    const result = loadDataset([{ file: "README.md", text: example! }]);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.dataset.agreements.map((a) => a.id)).toEqual(["jpn-kor-gsomia"]);
  });

  it("shows the committed screenshots and export", () => {
    const images = [...readme.matchAll(/(?:\]\(|src=")(docs\/[^)"]+\.png)/g)].map((m) => m[1]!);
    expect(images).toEqual([
      "docs/explorer-geographic.png",
      "docs/explorer-blocked.png",
      "docs/explorer-force.png",
      "docs/explorer-phone.png",
      "docs/export-2017-11-19-cli.png",
      "docs/export-2017-11-19-explorer.png",
      "docs/analysis-timeline-export.png",
    ]);
    for (const image of images) {
      const bytes = readFileSync(new URL(`../${image}`, import.meta.url));
      expect(bytes.subarray(1, 4).toString("ascii"), image).toBe("PNG");
    }
  });
});
