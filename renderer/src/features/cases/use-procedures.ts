import { useEffect, useState } from 'react';
import type { ProcedureSummary } from '../../../../shared/contract';
import { call } from '../../api/client';

export function useProcedures(): ProcedureSummary[] {
  const [procedures, setProcedures] = useState<ProcedureSummary[]>([]);
  useEffect(() => {
    let current = true;
    call('procedures.list', {})
      .then((list) => current && setProcedures(list))
      .catch(() => current && setProcedures([]));
    return () => {
      current = false;
    };
  }, []);
  return procedures;
}
