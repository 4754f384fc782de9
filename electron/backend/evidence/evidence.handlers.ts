import type { HandlerSlice } from '../dispatcher';
import type { EvidenceService } from './evidence.service';

/** The methods of a case's documents (Nachweise). */
export function evidenceHandlers({ evidence }: { evidence: EvidenceService }): HandlerSlice<'evidence'> {
  return {
    'evidence.list': ({ caseId }) => evidence.list(caseId),
    'evidence.add': (input) => evidence.add(input),
    'evidence.link': (input) => evidence.link(input),
    'evidence.unlink': (input) => evidence.unlink(input),
    'evidence.read': ({ documentId }) => evidence.read(documentId),
    'evidence.remove': ({ documentId }) => evidence.remove(documentId),
  };
}
