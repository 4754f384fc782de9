import type { CasesService } from '../cases/cases.service';
import type { HandlerSlice } from '../dispatcher';
import type { ChangeLogService } from './change-log.service';

/** The read-only change log of a case. */
export function changeLogHandlers({ cases, changeLog }: { cases: CasesService; changeLog: ChangeLogService }): HandlerSlice<'changeLog'> {
  return {
    'changeLog.caseLog': async ({ caseId, beforeSeq, limit }) => {
      await cases.get(caseId);
      return changeLog.caseLog(caseId, beforeSeq, limit);
    },
  };
}
