import type { BackupsService } from '../backups/backups.service';
import type { HandlerSlice } from '../dispatcher';
import type { QuestionnaireExchangeService } from './questionnaire-exchange.service';
import type { QuestionnaireService } from './questionnaire.service';

/** The questionnaire and its Excel round trip with the Rathaus. Applying an import takes a backup first. */
export function questionnaireHandlers({ questionnaire, exchange, backups }: { questionnaire: QuestionnaireService; exchange: QuestionnaireExchangeService; backups: BackupsService }): HandlerSlice<'questionnaire'> {
  return {
    'questionnaire.get': ({ caseId }) => questionnaire.get(caseId),
    'questionnaire.saveAnswer': (input) => questionnaire.saveAnswer(input),
    'questionnaire.exportTemplate': ({ caseId }) => exchange.exportTemplate(caseId),
    'questionnaire.previewImport': ({ caseId, fileName, contentBase64 }) => exchange.preview(caseId, fileName, contentBase64),
    'questionnaire.applyImport': ({ caseId, fileName, contentBase64, overwrite, skipInvalid }) =>
      exchange.apply(caseId, fileName, contentBase64, { overwrite, skipInvalid, beforeWrite: () => backups.create('import') }),
  };
}
