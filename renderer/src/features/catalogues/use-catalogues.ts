import { useCallback, useEffect, useState } from 'react';
import type { CatalogueSummary } from '../../../../shared/contract';
import { call } from '../../api/client';

/** Installed catalogues, all versions; `reload` after an import. */
export function useCatalogues(): { catalogues: CatalogueSummary[]; reload(): void } {
  const [catalogues, setCatalogues] = useState<CatalogueSummary[]>([]);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    call('catalogues.list', {})
      .then((list) => current && setCatalogues(list))
      .catch(() => current && setCatalogues([]));
    return () => {
      current = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { catalogues, reload };
}
