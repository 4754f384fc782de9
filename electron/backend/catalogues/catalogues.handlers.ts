import type { BackupsService } from '../backups/backups.service';
import type { HandlerSlice } from '../dispatcher';
import type { CataloguesService } from './catalogues.service';

/** The installed procedure catalogues. Installing one takes an import backup first. */
export function cataloguesHandlers({ catalogues, backups }: { catalogues: CataloguesService; backups: BackupsService }): HandlerSlice<'catalogues'> {
  return {
    'catalogues.list': () => catalogues.list(),
    'catalogues.get': ({ id, version }) => catalogues.get(id, version),
    'catalogues.import': ({ content }) => catalogues.import(content, () => backups.create('import')),
  };
}
