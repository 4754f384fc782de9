import type { BackupsService } from '../backups/backups.service';
import type { CataloguesService } from '../catalogues/catalogues.service';
import type { Clock } from '../clock';
import type { HandlerSlice } from '../dispatcher';
import { createExampleRound } from '../examples/example-round';
import { factsOf, type QuestionnaireService } from '../questionnaire/questionnaire.service';
import type { Invoke } from '../../../shared/contract/invoke';
import type { CasesService } from './cases.service';

interface Deps {
  cases: CasesService;
  catalogues: CataloguesService;
  questionnaire: QuestionnaireService;
  backups: BackupsService;
  clock: Clock;
  /** The dispatcher itself: the worked example is built through the contract methods. */
  invokeSelf: () => Invoke;
}

/** Cases and their timeline. Case data the questionnaire also asks for is adopted there; deleting for good takes a backup first. */
export function casesHandlers({ cases, catalogues, questionnaire, backups, clock, invokeSelf }: Deps): HandlerSlice<'cases'> & HandlerSlice<'timeline'> {
  return {
    'cases.list': (input) => cases.list(input),
    'cases.get': ({ id }) => cases.get(id),
    'cases.create': async (input) => {
      const created = await cases.create(input);
      await questionnaire.adoptCaseData(created.id, null);
      return created;
    },
    'cases.createExample': async ({ catalogueId, municipalityName, seed }) => {
      // Built through the contract methods, so the example obeys every rule a real round does.
      const latest = await catalogues.latest(catalogueId);
      return createExampleRound(invokeSelf(), { catalogueId: latest.id, name: municipalityName, seed, today: clock.today() });
    },
    'cases.update': async ({ id, changes }) => {
      const before = factsOf(await cases.get(id));
      const updated = await cases.update(id, changes);
      await questionnaire.adoptCaseData(id, before);
      return updated;
    },
    'cases.setArchived': ({ id, archived }) => cases.setArchived(id, archived),
    'cases.moveToTrash': ({ id }) => cases.moveToTrash(id),
    'cases.restore': ({ id }) => cases.restore(id),
    'cases.deletePermanently': async ({ id }) => {
      await cases.get(id);
      await backups.create('delete');
      return cases.deletePermanently(id);
    },
    'timeline.updatePhase': (input) => cases.updatePhase(input),
  };
}
