import type { HandlerSlice } from '../dispatcher';
import type { CertificationService } from './certification.service';

/** The certification assessment's methods. */
export function certificationHandlers({ certification }: { certification: CertificationService }): HandlerSlice<'certification'> {
  return {
    'certification.get': ({ caseId }) => certification.get(caseId),
    'certification.rate': ({ caseId, criterionId, rating, justification }) => certification.rate(caseId, criterionId, rating, justification),
    'certification.decide': ({ caseId, override, conditions, certificateDate }) => certification.decide(caseId, override, conditions, certificateDate),
    'certification.finalize': ({ caseId }) => certification.finalize(caseId),
    'certification.reopen': ({ caseId, reason }) => certification.reopen(caseId, reason),
    'certification.exportWorkbook': ({ caseId }) => certification.exportWorkbook(caseId),
  };
}
