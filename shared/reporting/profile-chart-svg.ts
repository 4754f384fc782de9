import { stripXmlUnsafe } from '../domain/xml-safe-text';

/** One axis of the profile: a Handlungsfeld with its score now and, in a Re-Audit, before. */
export interface ProfileAxis {
  code: string;
  name: string;
  score: number | null;
  previous: number | null;
}

interface ProfileChartOptions {
  title: string;
  showPrevious: boolean;
}

export const PROFILE_CHART_SIZE = { width: 1120, height: 640 } as const;
export const PROFILE_COLOURS = { current: '#1f5fa8', previous: '#c77800', grid: '#c9d1dc', text: '#1d2430', muted: '#5b6576' } as const;

const CENTRE = { x: 400, y: 340 } as const;
const RADIUS = 230;
const RINGS = [20, 40, 60, 80, 100] as const;
/** The outer ring needs no number: the axis label sits there, and the footnote names the range. */
const LABELLED_RINGS: readonly number[] = [20, 40, 60, 80];

const round = (value: number) => Math.round(value * 10) / 10;

/** Where a score lies on the axis of field `index` of `count`; the first axis points up, then clockwise. */
export function radarPoint(index: number, count: number, score: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const distance = (RADIUS * Math.min(100, Math.max(0, score))) / 100;
  return { x: round(CENTRE.x + distance * Math.cos(angle)), y: round(CENTRE.y + distance * Math.sin(angle)) };
}

/** Text for an SVG: markup characters escaped, characters XML cannot hold at all removed. */
export function escapeXml(text: string): string {
  return stripXmlUnsafe(text).replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const polygon = (points: { x: number; y: number }[]) => points.map((point) => `${point.x},${point.y}`).join(' ');
const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** DejaVu Sans Bold runs at most about 0.66 em a character; the title must fit the width with its margins. */
const TITLE_MARGIN = 32;
function titleFit(title: string): { text: string; size: number } {
  const room = PROFILE_CHART_SIZE.width - 2 * TITLE_MARGIN;
  for (const size of [26, 22, 18]) if (title.length * size * 0.66 <= room) return { text: title, size };
  return { text: shorten(title, Math.floor(room / (18 * 0.66))), size: 18 };
}

const LEGEND = { x: 720, width: 400, bottom: PROFILE_CHART_SIZE.height - 48, step: 58, compactStep: 40, minStep: 26 } as const;
const scoreText = (score: number | null) => (score === null ? '–' : score.toLocaleString('de-DE', { maximumFractionDigits: 1 }));

/**
 * The strengths/weaknesses profile as a self-contained SVG (radar across the fields, a legend with
 * each field's name and score), so that the same picture can be drawn without a browser.
 * Fields without a score lie at 0 in the drawing and read "–" in the legend.
 */
export function profileChartSvg(axes: ProfileAxis[], options: ProfileChartOptions): string {
  const count = axes.length;
  const parts: string[] = [];
  const { width, height } = PROFILE_CHART_SIZE;
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  const title = titleFit(options.title);
  parts.push(`<text x="${TITLE_MARGIN}" y="48" font-size="${title.size}" font-weight="bold" fill="${PROFILE_COLOURS.text}">${escapeXml(title.text)}</text>`);
  if (count >= 3) {
    for (const ring of RINGS) {
      const points = axes.map((_, index) => radarPoint(index, count, ring));
      parts.push(`<polygon points="${polygon(points)}" fill="none" stroke="${PROFILE_COLOURS.grid}" stroke-width="1.5"/>`);
      if (!LABELLED_RINGS.includes(ring)) continue;
      const label = radarPoint(0, count, ring);
      parts.push(`<text x="${label.x + 6}" y="${label.y + 4}" font-size="13" fill="${PROFILE_COLOURS.muted}">${ring}</text>`);
    }
    axes.forEach((axis, index) => {
      const end = radarPoint(index, count, 100);
      parts.push(`<line x1="${CENTRE.x}" y1="${CENTRE.y}" x2="${end.x}" y2="${end.y}" stroke="${PROFILE_COLOURS.grid}" stroke-width="1.5"/>`);
      const label = radarPoint(index, count, 114);
      const anchor = Math.abs(label.x - CENTRE.x) < 5 ? 'middle' : label.x > CENTRE.x ? 'start' : 'end';
      parts.push(`<text x="${label.x}" y="${label.y + 7}" font-size="20" font-weight="bold" text-anchor="${anchor}" fill="${PROFILE_COLOURS.text}">${escapeXml(axis.code)}</text>`);
    });
    const shape = (key: 'score' | 'previous', colour: string, opacity: number, testId: string) =>
      `<polygon data-series="${testId}" points="${polygon(axes.map((axis, index) => radarPoint(index, count, axis[key] ?? 0)))}" fill="${colour}" fill-opacity="${opacity}" stroke="${colour}" stroke-width="3"/>`;
    if (options.showPrevious) parts.push(shape('previous', PROFILE_COLOURS.previous, 0.12, 'previous'));
    parts.push(shape('score', PROFILE_COLOURS.current, 0.3, 'current'));
  }

  const legendX = LEGEND.x;
  let legendY = 120;
  parts.push(`<rect x="${legendX}" y="${legendY - 16}" width="18" height="18" fill="${PROFILE_COLOURS.current}"/>`);
  parts.push(`<text x="${legendX + 28}" y="${legendY}" font-size="17" fill="${PROFILE_COLOURS.text}">Aktuelle Runde</text>`);
  if (options.showPrevious) {
    legendY += 30;
    parts.push(`<rect x="${legendX}" y="${legendY - 16}" width="18" height="18" fill="${PROFILE_COLOURS.previous}"/>`);
    parts.push(`<text x="${legendX + 28}" y="${legendY}" font-size="17" fill="${PROFILE_COLOURS.text}">Vorrunde</text>`);
  }
  legendY += 50;
  // Every field gets its line: two columns and then closer rows when there are more fields than fit.
  const room = LEGEND.bottom - legendY;
  const columns = count * LEGEND.step <= room ? 1 : 2;
  const rows = Math.ceil(count / columns);
  const step = Math.max(LEGEND.minStep, Math.min(LEGEND.step, room / Math.max(rows, 1)));
  const columnWidth = LEGEND.width / columns;
  axes.forEach((axis, index) => {
    const x = legendX + Math.floor(index / rows) * columnWidth;
    const y = round(legendY + (index % rows) * step);
    const previous = options.showPrevious ? ` (vorher ${scoreText(axis.previous)})` : '';
    parts.push(`<text x="${x}" y="${y}" font-size="16" fill="${PROFILE_COLOURS.text}"><tspan font-weight="bold">${escapeXml(axis.code)}</tspan> ${escapeXml(scoreText(axis.score))}${escapeXml(previous)}</text>`);
    if (step >= LEGEND.compactStep) parts.push(`<text x="${x}" y="${round(y + 22)}" font-size="14" fill="${PROFILE_COLOURS.muted}">${escapeXml(shorten(axis.name, columns === 1 ? 48 : 22))}</text>`);
  });
  parts.push(`<text x="32" y="${height - 20}" font-size="13" fill="${PROFILE_COLOURS.muted}">Werte 0–100. Nicht bewertete Felder liegen im Diagramm bei 0 und stehen in der Legende als „–“.</text>`);
  parts.push('</svg>');
  return parts.join('');
}
