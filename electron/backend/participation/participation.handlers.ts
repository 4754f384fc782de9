import type { HandlerSlice } from '../dispatcher';
import type { IdeaImportService } from './idea-import.service';
import type { IdeasService } from './ideas.service';
import type { ParticipationService } from './participation.service';

/** The project group's, the participation events' and the Ideenspeicher's methods. */
export function participationHandlers({ participation, ideas, ideaImport }: { participation: ParticipationService; ideas: IdeasService; ideaImport: IdeaImportService }): HandlerSlice<'participation'> {
  return {
    'participation.get': ({ caseId }) => participation.get(caseId),
    'participation.saveMember': (input) => participation.saveMember(input),
    'participation.removeMember': (input) => participation.removeMember(input),
    'participation.saveEvent': (input) => participation.saveEvent(input),
    'participation.removeEvent': (input) => participation.removeEvent(input),
    'participation.ideas': ({ caseId }) => ideas.get(caseId),
    'participation.summary': ({ caseId }) => ideas.summary(caseId),
    'participation.addIdea': (input) => ideas.add(input),
    'participation.updateIdea': (input) => ideas.update(input),
    'participation.vote': (input) => ideas.vote(input),
    'participation.setIdeaStatus': (input) => ideas.setStatus(input),
    'participation.linkIdea': (input) => ideas.link(input),
    'participation.removeIdea': (input) => ideas.remove(input),
    'participation.ideaToMeasure': (input) => ideas.toMeasure(input),
    'participation.previewIdeaImport': (input) => ideaImport.preview(input),
    'participation.applyIdeaImport': (input) => ideaImport.apply(input),
  };
}
