import type { HandlerSlice } from '../dispatcher';
import type { ScoringService } from './scoring.service';

/** The strengths/weaknesses scoring's methods. */
export function scoringHandlers({ scoring }: { scoring: ScoringService }): HandlerSlice<'scoring'> {
  return {
    'scoring.get': ({ caseId }) => scoring.get(caseId),
    'scoring.exportChart': ({ caseId }) => scoring.exportChart(caseId),
    'scoring.rate': (input) => scoring.rate(input),
    'scoring.saveSummary': ({ caseId, fieldId, summary }) => scoring.saveSummary(caseId, fieldId, summary),
    'scoring.addItem': ({ caseId, fieldId, kind, text }) => scoring.addItem(caseId, fieldId, kind, text),
    'scoring.updateItem': ({ caseId, itemId, text }) => scoring.updateItem(caseId, itemId, text),
    'scoring.moveItem': ({ caseId, itemId, toPosition }) => scoring.moveItem(caseId, itemId, toPosition),
    'scoring.deleteItem': ({ caseId, itemId }) => scoring.deleteItem(caseId, itemId),
  };
}
