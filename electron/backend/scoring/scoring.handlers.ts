import type { HandlerSlice } from '../dispatcher';
import type { ScoringService } from './scoring.service';

/** The strengths/weaknesses scoring's methods. */
export function scoringHandlers({ scoring }: { scoring: ScoringService }): HandlerSlice<'scoring'> {
  return {
    'scoring.get': ({ caseId }) => scoring.get(caseId),
    'scoring.exportChart': ({ caseId }) => scoring.exportChart(caseId),
    'scoring.rate': (input) => scoring.rate(input),
    'scoring.saveSummary': (input) => scoring.saveSummary(input),
    'scoring.addItem': (input) => scoring.addItem(input),
    'scoring.updateItem': (input) => scoring.updateItem(input),
    'scoring.moveItem': (input) => scoring.moveItem(input),
    'scoring.deleteItem': (input) => scoring.deleteItem(input),
  };
}
