// The sizes people ask for: the graph as large as on screen at 1×, 2× or 4×, a slide, an article's width, a
// square, or any width; and the design width an image is laid out at, so its text stays readable at that size.

export const PRESETS = {
  slide: { width: 1920, height: 1080, label: "Slide, 1920 × 1080" },
  article: { width: 1200, height: undefined, label: "Article, 1200 wide" },
  square: { width: 1080, height: 1080, label: "Square, 1080 × 1080" },
} as const;
export type Preset = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as Preset[];

/**
 * The size of an image: `screen` draws the graph as large as the view shows it, at `scale` pixels per unit; a
 * preset gives its pixel size (a `width` keeps its shape); `width` alone gives the width, the height following
 * the picture.
 */
export type ImageSize =
  | { kind: "screen"; scale: number }
  | { kind: "preset"; preset: Preset; width?: number }
  | { kind: "width"; width: number };

/** The design is laid out at most this wide: a wider image draws it larger, text and all. */
const DESIGN_WIDTH = 960;
/** Narrower than this, the design is drawn smaller rather than cramped. */
const MIN_DESIGN_WIDTH = 480;

/** A size in pixels (height absent: it follows the picture), and the design units the image is laid out in. */
export interface Target {
  pixelWidth: number;
  pixelHeight?: number;
  /** Pixels per design unit. */
  density: number;
  /** The design's width, and its height when the pixel height is fixed. */
  width: number;
  height?: number;
}

/** Throws a RangeError naming the problem unless `value` is a whole number of pixels from 1 up. */
function pixels(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 1)
    throw new RangeError(`${what} must be a positive number of pixels, not ${value}`);
  return Math.round(value);
}

/**
 * The target of a preset or width size: the pixel size and the design laid out at up to 960 units wide (at least
 * 480), scaled to the pixels. A screen size has no target (null): its design units are the view's pixels. Throws
 * a RangeError for a width or scale that is not a positive number.
 */
export function targetOf(size: ImageSize): Target | null {
  if (size.kind === "screen") {
    if (!(Number.isFinite(size.scale) && size.scale > 0))
      throw new RangeError(`the scale must be a positive number, not ${size.scale}`);
    return null;
  }
  const preset = size.kind === "preset" ? PRESETS[size.preset] : null;
  const pixelWidth = pixels(size.width ?? preset!.width, "the width");
  const pixelHeight = preset?.height && Math.round((preset.height * pixelWidth) / preset.width);
  const width = Math.min(DESIGN_WIDTH, Math.max(MIN_DESIGN_WIDTH, pixelWidth));
  const density = pixelWidth / width;
  const target: Target = { pixelWidth, density, width };
  if (pixelHeight) {
    target.pixelHeight = pixelHeight;
    target.height = pixelHeight / density;
  }
  return target;
}
