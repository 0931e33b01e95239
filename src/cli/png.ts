// PNG from our SVG without a browser: resvg (its platform binary is an npm package, nothing is downloaded at
// install) with the Liberation Sans faces shipped in assets/fonts, so every machine draws the same text.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CliError, EXIT } from "./io";

const FACES = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"];

/** The shipped fonts folder: found by walking up from this file, so it is found from the sources or a bundle. */
function fontFiles(): string[] {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const fonts = join(dir, "assets", "fonts");
    if (existsSync(join(fonts, FACES[0]!))) return FACES.map((f) => join(fonts, f));
    dir = dirname(dir);
  }
  throw new CliError("export: the fonts in assets/fonts are missing; reinstall Liaison", EXIT.invalid);
}

/** The SVG rasterised at its own pixel size (its width and height attributes); a transparent SVG stays so. */
export function svgToPng(svg: string): Buffer {
  const { Resvg } = createRequire(import.meta.url)("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    font: {
      loadSystemFonts: false,
      fontFiles: fontFiles(),
      defaultFontFamily: "Liberation Sans",
      sansSerifFamily: "Liberation Sans",
    },
  });
  return resvg.render().asPng();
}
