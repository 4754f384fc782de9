import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { chartFonts, resvgWasm } from './chart-assets';

let ready: Promise<Uint8Array[]> | null = null;

/** Loads the renderer and the fonts once per process. */
function prepare(): Promise<Uint8Array[]> {
  ready ??= initWasm(resvgWasm()).then(() => chartFonts());
  return ready;
}

/** Draws an SVG document as PNG, without a browser. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const fontBuffers = await prepare();
  const renderer = new Resvg(svg, { font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }, background: '#ffffff' });
  try {
    const image = renderer.render();
    try {
      return Buffer.from(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    renderer.free();
  }
}
