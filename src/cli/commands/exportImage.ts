// `export --format svg|png`: the explorer's image of a query (or of the network on a date) drawn without a browser,
// from the same scene code, at positions computed here (geographic or concentric). PNG is the SVG rasterised.
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  concentricPositions,
  focusOf,
  type ImageArea,
  type ImageSize,
  mapBackdrop,
  type PictureInput,
  PRESET_NAMES,
  type SceneBackdropPath,
  SHORT_HOP,
  sceneOf,
  toSvg,
} from "../../export/pure";
import { geographicFrame, mapFocus, type Point, type WorldShapes } from "../../geo";
import type { Model } from "../../model";
import type { RouteAnswer } from "../../routing";
import { chosen, type FlagSpec, type FlagValues, mustBe } from "../command";
import { svgToPng } from "../png";
import { routeOf } from "../query";

export const IMAGE_LAYOUTS = ["geographic", "concentric"] as const;

const IMAGE = {
  layout: {
    name: "layout",
    type: "string",
    choices: IMAGE_LAYOUTS,
    default: "geographic",
    check: (value: string) =>
      value === "force"
        ? "force needs a browser: export the force-directed picture from the explorer"
        : undefined,
    help: "the world map, or rings around the query's ends (force-directed needs the browser: export it from the explorer)",
  },
  routes: {
    name: "routes",
    type: "string",
    choices: ["selected", "all"],
    default: "selected",
    help: "selected: the --route stands out, other permitted routes lighter; all: every permitted route alike",
  },
  preset: {
    name: "preset",
    type: "string",
    choices: PRESET_NAMES,
    default: "article",
    help: "the picture's size: slide (1920 × 1080), article (1200 wide) or square (1080 × 1080)",
  },
  width: {
    name: "width",
    type: "string",
    value: "N",
    default: "the preset's",
    check: (value: string) =>
      /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 16_384
        ? undefined
        : mustBe("a whole number of pixels from 1 to 16384", value),
    help: "pixels wide (a preset keeps its shape)",
  },
  background: {
    name: "background",
    type: "string",
    choices: ["white", "transparent"],
    default: "white",
    help: "the picture's background",
  },
  showBlocked: {
    name: "show-blocked",
    type: "boolean",
    help: "draw the blocked candidates --explain lists too",
  },
  hideInactive: {
    name: "hide-inactive",
    type: "boolean",
    help: "leave out agreements not in force on the date",
  },
  noInset: {
    name: "no-inset",
    type: "boolean",
    help: `no enlarged inset for a route's hop between close parties (drawn when under ${SHORT_HOP} units of a hop show)`,
  },
  permalink: {
    name: "permalink",
    type: "string",
    value: "URL",
    default: "none",
    help: "the explorer's view of the picture, written under it",
  },
} as const satisfies Record<string, FlagSpec>;

/** The flags of `export --format svg|png`, each with its default, checks and words in --help, declared once. */
export const IMAGE_FLAGS = [
  IMAGE.layout,
  IMAGE.routes,
  IMAGE.preset,
  IMAGE.width,
  IMAGE.background,
  IMAGE.showBlocked,
  IMAGE.hideInactive,
  IMAGE.noInset,
  IMAGE.permalink,
] as const;

type ImageFlags = FlagValues<typeof IMAGE_FLAGS>;

export interface ImageChoices {
  layout: (typeof IMAGE_LAYOUTS)[number];
  emphasis: "selected" | "all";
  size: ImageSize;
  background: "white" | "transparent";
  showBlocked: boolean;
  hideInactive: boolean;
  inset: boolean;
  permalink?: string;
}

/** The image flags (checked when parsed) with their declared defaults. */
export function imageChoices(flags: ImageFlags): ImageChoices {
  const width = flags.width;
  const choices: ImageChoices = {
    layout: chosen(IMAGE.layout, flags.layout),
    emphasis: chosen(IMAGE.routes, flags.routes),
    size: {
      kind: "preset",
      preset: chosen(IMAGE.preset, flags.preset),
      ...(width ? { width: Number(width) } : {}),
    },
    background: chosen(IMAGE.background, flags.background),
    showBlocked: flags["show-blocked"] === true,
    hideInactive: flags["hide-inactive"] === true,
    inset: flags["no-inset"] !== true,
  };
  if (flags.permalink) choices.permalink = flags.permalink;
  return choices;
}

const require = createRequire(import.meta.url);

/** The world map's shapes, read from the world-atlas package. */
function worldShapes(): WorldShapes {
  const topology = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries) as WorldShapes;
}

/** The size of the view the explorer frames a geographic picture in; the image's frame then fits it. */
const VIEW = { width: 640, height: 400 };

/** What the picture shows, as `placement` frames it: the query's answer and the choices of routes drawn. */
type Shown = Pick<
  PictureInput,
  "model" | "at" | "answer" | "selected" | "emphasis" | "showBlocked" | "hideInactive"
>;

function placement(
  shown: Shown,
  layout: (typeof IMAGE_LAYOUTS)[number],
): { positions: Map<string, Point>; area: ImageArea; backdrop?: SceneBackdropPath[] } {
  const { model, answer, at, hideInactive } = shown;
  if (layout === "concentric") {
    const ends = answer ? { from: answer.query.from, to: answer.query.to } : undefined;
    return {
      positions: concentricPositions(model, { ends, ...(hideInactive ? { at } : {}) }),
      area: { kind: "whole" },
    };
  }
  // Framed and centred as the explorer frames and centres its map: for every party of the routes drawn prominently,
  // the selected one and the blocked candidates shown among them.
  const frame = geographicFrame(model, VIEW, mapFocus(focusOf(shown)));
  const backdrop = mapBackdrop({
    projection: frame.projection,
    shapes: worldShapes(),
    parties: model.dataset.parties.map((p) => p.id),
  });
  return {
    positions: new Map(frame.positions),
    area: { kind: "view", box: { x1: 0, y1: 0, x2: VIEW.width, y2: VIEW.height }, zoom: 1 },
    backdrop,
  };
}

/**
 * The image of `answer` (or of the network on `at` without one) as SVG text or PNG bytes, as `choices` ask, with
 * `route` (a key or number) emphasised. A route the answer does not list exits 1.
 */
export function renderImage(
  model: Model,
  format: "svg" | "png",
  answer: RouteAnswer | null,
  at: string,
  choices: ImageChoices,
  route: string | undefined,
): string | Buffer {
  const shown: Shown = {
    model,
    at,
    answer,
    selected: answer ? routeOf("export", answer, route) : null,
    emphasis: choices.emphasis,
    showBlocked: choices.showBlocked,
    hideInactive: choices.hideInactive,
  };
  const scene = sceneOf({
    ...shown,
    disabled: answer?.query.disable ?? [],
    ...placement(shown, choices.layout),
    size: choices.size,
    background: choices.background,
    inset: choices.inset,
    ...(choices.permalink ? { permalink: choices.permalink } : {}),
  });
  const svg = toSvg(scene);
  return format === "svg" ? svg : svgToPng(svg);
}
