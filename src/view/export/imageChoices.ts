// The image sizes the export options offer, by the value of their select, and the image size each stands for.
import { type ImageSize, PRESETS } from "../../export/pure";

export const SIZE_CHOICES = [
  { value: "1x", label: "Screen size, 1×" },
  { value: "2x", label: "Screen size, 2×" },
  { value: "4x", label: "Screen size, 4×" },
  { value: "slide", label: PRESETS.slide.label },
  { value: "article", label: PRESETS.article.label },
  { value: "square", label: PRESETS.square.label },
  { value: "width", label: "Width in pixels…" },
] as const;
export type SizeChoice = (typeof SIZE_CHOICES)[number]["value"];

/** The image size a choice stands for; `width` is the pixels typed for "Width in pixels…". */
export function sizeOf(choice: SizeChoice, width: number): ImageSize {
  switch (choice) {
    case "1x":
    case "2x":
    case "4x":
      return { kind: "screen", scale: Number(choice[0]) };
    case "width":
      return { kind: "width", width };
    default:
      return { kind: "preset", preset: choice };
  }
}
