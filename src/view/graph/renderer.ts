// Which Cytoscape renderer draws the graph, and its options: the canvas renderer by default; WebGL for the network
// when the browser draws WebGL on a GPU (in software it is slower than the canvas).
import type { CytoscapeOptions } from "cytoscape";
import type { GraphDetail } from "../../export/pure";

export type GraphRenderer = "canvas" | "webgl";

declare global {
  interface Window {
    /** Test builds only: the renderer to use for the network whatever the browser has, for benchmarks. */
    __liaisonRenderer?: GraphRenderer;
  }
}

/** Renderers whose names say the WebGL context is drawn in software (Chromium's SwiftShader, Mesa's llvmpipe). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let gpu: boolean | null = null;

/** Whether this browser draws WebGL on a GPU: a WebGL 2 context exists and its renderer is not a software one. */
export function hasGpu(): boolean {
  if (gpu !== null) return gpu;
  gpu = false;
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gpu = !SOFTWARE.test(name);
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    gpu = false;
  }
  return gpu;
}

/** The renderer for a level of detail: WebGL only for the network, and only on a GPU (or when a test build asks). */
export function chooseRenderer(detail: GraphDetail): GraphRenderer {
  if (detail !== "network") return "canvas";
  if (import.meta.env.MODE === "test" && window.__liaisonRenderer) return window.__liaisonRenderer;
  return hasGpu() ? "webgl" : "canvas";
}

/**
 * Renderer options for Cytoscape. For the network: while a person pans or zooms, the canvas renderer moves a picture
 * of the view instead of drawing every edge each frame (`textureOnViewport`), draws at one pixel per CSS pixel,
 * and WebGL gets texture atlases large enough for thousands of labels.
 */
export function rendererOptions(detail: GraphDetail, renderer: GraphRenderer): Partial<CytoscapeOptions> {
  const network = detail === "network";
  return {
    textureOnViewport: network && renderer === "canvas",
    motionBlur: false,
    ...(network ? { pixelRatio: 1 } : {}),
    renderer:
      renderer === "webgl"
        ? { name: "canvas", webgl: true, webglTexSize: 4096, webglTexRows: 36, webglBatchSize: 4096 }
        : { name: "canvas", webgl: false },
  } as Partial<CytoscapeOptions>;
}
