import type { MethodInput, Scoring } from '../../../../shared/contract';
import { call } from '../../api/client';
import { createCaseDataStore } from '../../api/case-data-store';
import { createLatestWinsSender } from '../../api/latest-wins';

type ListChange = 'scoring.addItem' | 'scoring.updateItem' | 'scoring.moveItem' | 'scoring.deleteItem';

/** The Stärken/Schwächen profile of the case on screen; list changes go through `change`. */
export const useScoringStore = createCaseDataStore<Scoring, ListChange>((caseId) => call('scoring.get', { caseId }));

const ratings = createLatestWinsSender((input: MethodInput<'scoring.rate'>) => call('scoring.rate', input));
const summaries = createLatestWinsSender((input: MethodInput<'scoring.saveSummary'>) => call('scoring.saveSummary', input));

/** Autosaved ratings: the newest value per criterion wins and none is lost on unload. */
export const rateCriterion = (input: MethodInput<'scoring.rate'>) => useScoringStore.getState().track(() => ratings.submit(`${input.caseId}:${input.criterionId}`, input));
export const saveFieldSummary = (input: MethodInput<'scoring.saveSummary'>) => useScoringStore.getState().track(() => summaries.submit(`${input.caseId}:${input.fieldId}`, input));
