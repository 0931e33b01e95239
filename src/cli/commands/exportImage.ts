// `export --format svg|png`: the explorer's image of a query (or of the network on a date) drawn without a browser,
// from the same scene code, at positions computed here (geographic or concentric). PNG is the SVG rasterised.
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import {
  concentricPositions,
  type ImageArea,
  type ImageSize,
  mapBackdrop,
  PRESET_NAMES,
  type Preset,
  type SceneBackdropPath,
  sceneOf,
  toSvg,
} from "../../export/pure";
import { geographicFrame, mapFocus, type Point, type WorldShapes } from "../../geo";
import type { Model } from "../../model";
import type { RouteAnswer } from "../../routing";
import { CliError, EXIT } from "../io";
import { svgToPng } from "../png";
import { routeOf } from "../query";

export const IMAGE_LAYOUTS = ["geographic", "concentric"] as const;

/** The image flags, each with its default and its words in --help, declared once. */
export const IMAGE_FLAGS = {
  layout: {
    type: "string",
    default: "geographic",
    help: "geographic | concentric (force-directed needs the browser: export it from the explorer)",
  },
  routes: {
    type: "string",
    default: "selected",
    help: "selected: the --route stands out, other permitted routes lighter | all: every permitted route alike",
  },
  preset: {
    type: "string",
    default: "article",
    help: "slide (1920 × 1080) | article (1200 wide) | square (1080 × 1080)",
  },
  width: { type: "string", help: "N pixels wide (a preset keeps its shape)" },
  background: { type: "string", default: "white", help: "white | transparent" },
  "show-blocked": { type: "boolean", help: "draw the blocked candidates too" },
  "hide-inactive": { type: "boolean", help: "leave out agreements not in force on the date" },
  permalink: { type: "string", help: "URL of the explorer's view, written under the picture" },
} as const;

/** How --help lists the image flags, from IMAGE_FLAGS: each with its values and its default. */
export const IMAGE_USAGE = Object.entries(IMAGE_FLAGS)
  .map(([name, flag]) => {
    const given = "default" in flag ? ` (default ${flag.default})` : "";
    return `--${name}${flag.type === "string" ? ` ${flag.help}` : `: ${flag.help}`}${given}`;
  })
  .join("\n         ");

type ImageFlags = {
  [K in keyof typeof IMAGE_FLAGS]?: (typeof IMAGE_FLAGS)[K]["type"] extends "boolean" ? boolean : string;
};

/** The image flags as parseArgs takes them: no defaults, so that a flag given with another format is caught. */
export const IMAGE_OPTIONS = Object.fromEntries(
  Object.entries(IMAGE_FLAGS).map(([name, flag]) => [name, { type: flag.type }]),
) as { [K in keyof typeof IMAGE_FLAGS]: { type: (typeof IMAGE_FLAGS)[K]["type"] } };

const usage = (message: string) => new CliError(`export: ${message}`, EXIT.usage);

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(`--${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
}

interface ImageChoices {
  layout: (typeof IMAGE_LAYOUTS)[number];
  emphasis: "selected" | "all";
  size: ImageSize;
  background: "white" | "transparent";
  showBlocked: boolean;
  hideInactive: boolean;
  permalink?: string;
}

/**
 * The image flags checked and with their defaults (IMAGE_FLAGS); every problem is a usage error (exit 2), found
 * before any file is read.
 */
export function imageChoices(flags: ImageFlags): ImageChoices {
  const value = (name: "layout" | "routes" | "preset" | "background") =>
    flags[name] ?? IMAGE_FLAGS[name].default;
  if (value("layout") === "force")
    throw usage("--layout force needs a browser: export the force-directed picture from the explorer");
  const width = flags.width;
  if (width !== undefined && !(/^\d+$/.test(width) && Number(width) >= 1 && Number(width) <= 16_384))
    throw usage(`--width must be a whole number of pixels from 1 to 16384, not "${width}"`);
  const preset = oneOf<Preset>("preset", value("preset"), PRESET_NAMES);
  const choices: ImageChoices = {
    layout: oneOf("layout", value("layout"), IMAGE_LAYOUTS),
    emphasis: oneOf("routes", value("routes"), ["selected", "all"] as const),
    size: { kind: "preset", preset, ...(width ? { width: Number(width) } : {}) },
    background: oneOf("background", value("background"), ["white", "transparent"] as const),
    showBlocked: flags["show-blocked"] === true,
    hideInactive: flags["hide-inactive"] === true,
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

function placement(
  model: Model,
  layout: (typeof IMAGE_LAYOUTS)[number],
  answer: RouteAnswer | null,
  at: string,
  hideInactive: boolean,
): { positions: Map<string, Point>; area: ImageArea; backdrop?: SceneBackdropPath[] } {
  if (layout === "concentric") {
    const ends = answer ? { from: answer.query.from, to: answer.query.to } : undefined;
    return {
      positions: concentricPositions(model, { ends, ...(hideInactive ? { at } : {}) }),
      area: { kind: "whole" },
    };
  }
  // Framed and centred for what the explorer frames and centres its map for.
  const frame = geographicFrame(model, VIEW, mapFocus({ model, at, answer, hideInactive }));
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
  const scene = sceneOf({
    model,
    at,
    answer,
    selected: answer ? routeOf("export", answer, route) : null,
    emphasis: choices.emphasis,
    showBlocked: choices.showBlocked,
    hideInactive: choices.hideInactive,
    disabled: answer?.query.disable ?? [],
    ...placement(model, choices.layout, answer, at, choices.hideInactive),
    size: choices.size,
    background: choices.background,
    ...(choices.permalink ? { permalink: choices.permalink } : {}),
  });
  const svg = toSvg(scene);
  return format === "svg" ? svg : svgToPng(svg);
}
