import type { Scoring } from '../../../shared/contract';
import { profileChartSvg } from '../../../shared/reporting/profile-chart-svg';
import { svgToPng } from './render-png';

/** The strengths/weaknesses profile of a round as PNG, the same for the UI's export and the CLI's. */
export function profileChartPng(scoring: Scoring, title: string): Promise<Buffer> {
  const previous = new Map(scoring.previous?.fields.map((field) => [field.id, field.score]) ?? []);
  const axes = scoring.fields.map((field) => ({ code: field.code, name: field.name, score: field.score, previous: previous.get(field.id) ?? null }));
  return svgToPng(profileChartSvg(axes, { title, showPrevious: scoring.previous !== null }));
}
