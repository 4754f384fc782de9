import type { HandlerSlice } from '../dispatcher';
import type { CertificationService } from './certification.service';

/** The certification assessment's methods. */
export function certificationHandlers({ certification }: { certification: CertificationService }): HandlerSlice<'certification'> {
  return {
    'certification.get': ({ caseId }) => certification.get(caseId),
    'certification.rate': (input) => certification.rate(input),
    'certification.decide': (input) => certification.decide(input),
    'certification.finalize': ({ caseId }) => certification.finalize(caseId),
    'certification.reopen': (input) => certification.reopen(input),
    'certification.exportWorkbook': ({ caseId }) => certification.exportWorkbook(caseId),
  };
}
