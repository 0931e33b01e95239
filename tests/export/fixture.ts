// Loads the export fixture (three states, one organisation, four agreements of every shape) for the export tests.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ImageInput } from "../../src/export/pure";
import { buildModel, loadDataset, type Model } from "../../src/model";
import type { RouteAnswer } from "../../src/routing";

// A path, not a URL object: DOM test environments replace the global URL.
export const FIXTURE_FILE = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "trio.yaml");

export function fixtureModel(): Model {
  const result = loadDataset([{ file: "trio.yaml", text: readFileSync(FIXTURE_FILE, "utf8") }]);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return buildModel(result.dataset);
}

/** The fixture's three states and organisation placed by hand, in graph coordinates: KOR left, JPN right, USA below. */
export const POSITIONS = new Map([
  ["KOR", { x: 0, y: 0 }],
  ["JPN", { x: 300, y: 0 }],
  ["USA", { x: 150, y: 220 }],
  ["NATO", { x: 420, y: 240 }],
]);

/** The story's query on the fixture: two permitted routes (direct under GSOMIA, relayed via USA under TISA). */
export const STORY = { from: "KOR", to: "JPN", topic: "nk-missile", at: "2017-11-19" } as const;
export const DIRECT = "KOR>JPN:gsomia";
export const RELAY = "KOR>USA>JPN:tisa+tisa";

/**
 * An image of `answer` on the fixture as the tests draw it by default: the relay selected and emphasised, no blocked
 * candidates, the parties at POSITIONS, the whole graph at article size on white; `extra` changes any of it.
 */
export function storyImage(model: Model, answer: RouteAnswer, extra: Partial<ImageInput> = {}): ImageInput {
  return {
    model,
    at: answer.query.at,
    answer,
    selected: RELAY,
    emphasis: "selected",
    showBlocked: false,
    hideInactive: false,
    disabled: [],
    positions: POSITIONS,
    area: { kind: "whole" },
    size: { kind: "preset", preset: "article" },
    background: "white",
    ...extra,
  };
}
