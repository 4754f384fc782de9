import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { svgToPng } from '../../electron/backend/charts/render-png';
import { PROFILE_CHART_SIZE, PROFILE_COLOURS, profileChartSvg, type ProfileAxis } from '../../shared/reporting/profile-chart-svg';

const rgb = (hex: string) => [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];

/** How many pixels in a band of rows have exactly the given colour. */
function pixelsOfColour(png: PNG, hex: string, rows: [number, number] = [0, png.height]): number {
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let y = rows[0]; y < rows[1]; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const offset = (png.width * y + x) * 4;
      if (png.data[offset] === r && png.data[offset + 1] === g && png.data[offset + 2] === b) count += 1;
    }
  }
  return count;
}

const axes = (score: number | null, previous: number | null): ProfileAxis[] =>
  ['HF1', 'HF2', 'HF3', 'HF4', 'HF5', 'HF6'].map((code) => ({ code, name: `Feld ${code}`, score, previous }));

async function draw(score: number | null, showPrevious = false): Promise<PNG> {
  // The previous round lies outside the current one, so that its outline is not tinted by the current fill.
  return PNG.sync.read(await svgToPng(profileChartSvg(axes(score, 90), { title: 'Stärken-Schwächen-Profil', showPrevious })));
}

describe('the profile chart drawn without a browser', () => {
  it('is a PNG of the chart size with its title set in the shipped font', async () => {
    const png = await draw(50);
    expect([png.width, png.height]).toEqual([PROFILE_CHART_SIZE.width, PROFILE_CHART_SIZE.height]);
    // The title occupies rows 20–60; without a loaded font those rows stay white.
    expect(pixelsOfColour(png, PROFILE_COLOURS.text, [20, 60])).toBeGreaterThan(200);
  });

  it('the current round covers more of the picture the higher the scores', async () => {
    const [empty, half, full] = [await draw(null), await draw(50), await draw(100)];
    const stroke = (png: PNG) => pixelsOfColour(png, PROFILE_COLOURS.current);
    expect(stroke(half)).toBeGreaterThan(stroke(empty));
    expect(stroke(full)).toBeGreaterThan(stroke(half));
  });

  it('draws the previous round only when asked', async () => {
    expect(pixelsOfColour(await draw(40, false), PROFILE_COLOURS.previous)).toBe(0);
    // More than the legend's 18 × 18 swatch: the outline of the previous round is drawn.
    expect(pixelsOfColour(await draw(40, true), PROFILE_COLOURS.previous)).toBeGreaterThan(18 * 18 + 1000);
  });
});
