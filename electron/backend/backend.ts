import { APP_NAME, APP_VERSION } from './app-version';
import { createCasesService } from './cases/cases.service';
import { systemClock, type Clock } from './clock';
import { databaseFile } from './data-dir';
import { openDatabase, type AppDatabase } from './db/database-factory';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createEventBus, type EventBus } from './events';
import { createHandlers } from './handlers';

export interface BackendOptions {
  dataDir: string;
  clock?: Clock;
  nativeBinding?: string;
  onInternalError?: (method: string, error: unknown) => void;
}

export interface Backend {
  dispatch: Dispatch;
  events: EventBus;
  database: AppDatabase;
  close(): Promise<void>;
}

/** Opens the data folder's database and wires services, handlers and the dispatcher. */
export function createBackend(options: BackendOptions): Backend {
  const database = openDatabase({
    file: databaseFile(options.dataDir),
    appVersion: APP_VERSION,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const events = createEventBus();
  const cases = createCasesService(database.db, options.clock ?? systemClock);
  const handlers = createHandlers({
    cases,
    events,
    appInfo: { appName: APP_NAME, version: APP_VERSION, dataDir: options.dataDir, schemaVersion: database.schemaVersion },
  });
  const dispatch = createDispatcher(handlers, {
    onInternalError: options.onInternalError ?? ((method, error) => console.error(`[backend] ${method} failed:`, error)),
  });
  return { dispatch, events, database, close: () => database.close() };
}
