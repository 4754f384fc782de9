import type { IdeaStore } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';

type Change = 'participation.updateIdea' | 'participation.vote' | 'participation.setIdeaStatus' | 'participation.linkIdea' | 'participation.removeIdea';

/** The Ideenspeicher of the case on screen; every change is stored before the next one is sent. */
export const useIdeasStore = createCaseDataStore<IdeaStore, Change>((caseId) => call('participation.ideas', { caseId }));
