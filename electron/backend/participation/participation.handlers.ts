import type { HandlerSlice } from '../dispatcher';
import type { ParticipationService } from './participation.service';

/** The project group's and the participation events' methods. */
export function participationHandlers({ participation }: { participation: ParticipationService }): HandlerSlice<'participation'> {
  return {
    'participation.get': ({ caseId }) => participation.get(caseId),
    'participation.saveMember': (input) => participation.saveMember(input),
    'participation.removeMember': (input) => participation.removeMember(input),
    'participation.saveEvent': (input) => participation.saveEvent(input),
    'participation.removeEvent': (input) => participation.removeEvent(input),
  };
}
