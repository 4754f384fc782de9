import type { HandlerSlice } from '../dispatcher';
import type { ConceptService } from './concept.service';

/** The council document's method. */
export function conceptHandlers({ concept }: { concept: ConceptService }): HandlerSlice<'concept'> {
  return {
    'concept.export': ({ caseId }) => concept.export(caseId),
  };
}
