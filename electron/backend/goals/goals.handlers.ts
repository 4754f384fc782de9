import type { HandlerSlice } from '../dispatcher';
import type { GoalsService } from './goals.service';

/** The goal agreement's methods. */
export function goalsHandlers({ goals }: { goals: GoalsService }): HandlerSlice<'goals'> {
  return {
    'goals.get': ({ caseId }) => goals.get(caseId),
    'goals.addNode': (input) => goals.addNode(input),
    'goals.addMeasure': (input) => goals.addMeasure(input),
    'goals.renameNode': (input) => goals.renameNode(input),
    'goals.updateMeasure': (input) => goals.updateMeasure(input),
    'goals.move': (input) => goals.move(input),
    'goals.remove': (input) => goals.remove(input),
    'goals.adopt': (input) => goals.adopt(input),
    'goals.correctResolution': (input) => goals.correctResolution(input),
    'goals.saveReport': (input) => goals.saveReport(input),
    'goals.carryOver': (input) => goals.carryOver(input),
  };
}
