import type { Participation } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';

type Change = 'participation.saveMember' | 'participation.removeMember' | 'participation.saveEvent' | 'participation.removeEvent';

/** The project group and the events of the case on screen. */
export const useParticipationStore = createCaseDataStore<Participation, Change>((caseId) => call('participation.get', { caseId }));
