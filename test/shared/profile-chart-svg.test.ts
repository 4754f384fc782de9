import { describe, expect, it } from 'vitest';
import { escapeXml, profileChartSvg, radarPoint, type ProfileAxis } from '../../shared/reporting/profile-chart-svg';

const axes: ProfileAxis[] = [
  { code: 'HF1', name: 'Steuerung', score: 100, previous: 50 },
  { code: 'HF2', name: 'Betreuung', score: 50, previous: null },
  { code: 'HF3', name: 'Bildung', score: null, previous: 20 },
  { code: 'HF4', name: 'Beratung', score: 0, previous: 0 },
];

function seriesPoints(svg: string, series: 'current' | 'previous'): string | null {
  return new RegExp(`data-series="${series}" points="([^"]+)"`).exec(svg)?.[1] ?? null;
}

describe('radarPoint', () => {
  it.each([
    { index: 0, count: 4, score: 100, expected: { x: 400, y: 110 } },
    { index: 1, count: 4, score: 100, expected: { x: 630, y: 340 } },
    { index: 2, count: 4, score: 50, expected: { x: 400, y: 455 } },
    { index: 3, count: 4, score: 0, expected: { x: 400, y: 340 } },
    { index: 0, count: 6, score: 150, expected: { x: 400, y: 110 } },
    { index: 0, count: 6, score: -10, expected: { x: 400, y: 340 } },
  ])('axis $index of $count at $score lies at $expected.x/$expected.y', ({ index, count, score, expected }) => {
    expect(radarPoint(index, count, score)).toEqual(expected);
  });
});

describe('profileChartSvg', () => {
  it('draws the current round through each score, a missing score at the centre', () => {
    const svg = profileChartSvg(axes, { title: 'Profil', showPrevious: false });
    expect(seriesPoints(svg, 'current')).toBe('400,110 515,340 400,340 400,340');
    expect(seriesPoints(svg, 'previous')).toBeNull();
    expect(svg).not.toContain('Vorrunde');
  });

  it('draws the previous round underneath when asked, and names it in the legend', () => {
    const svg = profileChartSvg(axes, { title: 'Profil', showPrevious: true });
    expect(seriesPoints(svg, 'previous')).toBe('400,225 400,340 400,386 400,340');
    expect(svg.indexOf('data-series="previous"')).toBeLessThan(svg.indexOf('data-series="current"'));
    expect(svg).toContain('Vorrunde');
    expect(svg).toContain('(vorher 50)');
  });

  it.each([
    { score: 72.35, legend: 'HF1</tspan> 72,4' },
    { score: null, legend: 'HF1</tspan> –' },
  ])('writes the score $score as "$legend" in German', ({ score, legend }) => {
    expect(profileChartSvg([{ code: 'HF1', name: 'Steuerung', score, previous: null }], { title: 'P', showPrevious: false })).toContain(legend);
  });

  it('escapes names and titles so that they cannot break the drawing', () => {
    const svg = profileChartSvg([{ code: 'A&B', name: '<Feld "x">', score: 1, previous: null }], { title: "Kommune 'Süd' & Nord", showPrevious: false });
    expect(svg).toContain('A&#38;B');
    expect(svg).toContain('&#60;Feld &#34;x&#34;&#62;');
    expect(svg).toContain('Kommune &#39;Süd&#39; &#38; Nord');
    expect(svg).not.toMatch(/<Feld/);
  });

  it('shortens a very long field name in the legend', () => {
    const svg = profileChartSvg([{ code: 'HF1', name: 'x'.repeat(80), score: 1, previous: null }], { title: 'P', showPrevious: false });
    expect(svg).toContain(`${'x'.repeat(47)}…`);
    expect(svg).not.toContain('x'.repeat(48));
  });

  it.each([8, 9, 12, 16])('names every one of %i fields in the legend, inside the picture', (count) => {
    const many = Array.from({ length: count }, (_, index) => ({ code: `TF${index + 1}`, name: `Themenfeld mit recht langem Namen ${index + 1}`, score: index * 5, previous: null }));
    const svg = profileChartSvg(many, { title: 'Profil', showPrevious: true });
    for (const axis of many) expect(svg).toContain(`<tspan font-weight="bold">${axis.code}</tspan>`);
    const lines = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)<\/text>/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
    for (const line of lines) {
      expect(line.y).toBeLessThanOrEqual(640 - 10);
      expect(line.x).toBeLessThan(1120);
    }
  });

  it.each([
    ['a short title at full size', 'Stärken/Schwächen-Profil', 26, 'Stärken/Schwächen-Profil'],
    ['a long title smaller', `Stärken/Schwächen-Profil – ${'Familienfreundliche, bürgeraktive Kommune '.repeat(1)}`, 22, null],
    ['an overlong title shortened', 'Profil '.repeat(40), 18, '…'],
  ])('fits %s into the width', (_name, title, size, expected) => {
    const svg = profileChartSvg(axes, { title, showPrevious: false });
    const match = /<text x="32" y="48" font-size="(\d+)" font-weight="bold"[^>]*>(.*?)<\/text>/.exec(svg)!;
    expect(Number(match[1])).toBe(size);
    expect(match[2]!.length * size * 0.66).toBeLessThanOrEqual(1120 - 64);
    if (expected) expect(match[2]).toContain(expected);
  });

  it('escapeXml leaves ordinary text alone', () => {
    expect(escapeXml('Bildung und Erziehung')).toBe('Bildung und Erziehung');
  });
});
