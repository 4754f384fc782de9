import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../../shared/contract';
import { checkAgs, normalizeAgs } from '../../../../shared/domain/ags';
import { call } from '../../api/client';

/** Earlier audit rounds of the municipality with this AGS, active or archived. */
export function usePreviousRounds(ags: string, enabled: boolean, ownId: string | null): CaseSummary[] {
  const [found, setFound] = useState<{ ags: string; rounds: CaseSummary[] }>({ ags: '', rounds: [] });
  const key = enabled && checkAgs(ags).ok ? normalizeAgs(ags) : null;
  useEffect(() => {
    if (!key) return;
    let current = true;
    const query = { ags: key, sortBy: 'createdAt', sortDirection: 'desc' } as const;
    Promise.all([call('cases.list', { ...query, status: 'active' }), call('cases.list', { ...query, status: 'archived' })])
      .then(([active, archived]) => {
        if (current) setFound({ ags: key, rounds: [...active.items, ...archived.items].filter((item) => item.id !== ownId) });
      })
      .catch(() => {
        if (current) setFound({ ags: key, rounds: [] });
      });
    return () => {
      current = false;
    };
  }, [key, ownId]);
  return key && found.ags === key ? found.rounds : [];
}
