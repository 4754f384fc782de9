import { app, BrowserWindow, dialog, net, protocol, session, shell, type WebContents } from 'electron';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../../shared/ipc-channels';
import { createBackend, type Backend } from '../backend/backend';
import { DATA_DIR_ENV } from '../backend/data-dir';
import { openWithRecovery } from '../backend/backups/open-with-recovery';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol';
import { guardedOpener } from './external-links';
import { dispatchWhenOpen } from './dispatch-when-open';
import { bindIpcChannels } from './ipc-binding';
import { trustedUrlCheck } from './invoke-channel';
import { electronNativeBinding } from './native-binding';
import { hardenSession, hardenWebContents, PRODUCTION_CSP } from './security';
import { mainWindowOptions } from './window-options';

const rendererDir = join(__dirname, '../renderer');
// electron-vite's dev server, only ever for the unpackaged app.
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : undefined;
const isTrustedUrl = trustedUrlCheck(APP_INDEX_URL, devServerUrl);
/** The only way out to the system browser or mail program: https: and mailto: links. */
const openExternal = guardedOpener((url) => shell.openExternal(url), (error) => console.error('Link konnte nicht geöffnet werden:', error));

// Must happen before app ready: the renderer's own origin, app://familienaudit/.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

// Tests and portable setups may point the app at another data folder.
const dataDirOverride = process.env[DATA_DIR_ENV];
if (dataDirOverride) app.setPath('userData', dataDirOverride);

let backend: Backend | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs')));
  hardenWebContents(window.webContents, isTrustedUrl, openExternal);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? APP_INDEX_URL);
  return window;
}

async function openBackend(): Promise<Backend | null> {
  const dataDir = app.getPath('userData');
  const nativeBinding = electronNativeBinding(app.getAppPath(), app.isPackaged);
  try {
    return await openWithRecovery({
      dataDir,
      ...(nativeBinding ? { nativeBinding } : {}),
      open: () => createBackend({ dataDir, nativeBinding }),
      confirmRestore: async (advice) => {
        const { response } = await dialog.showMessageBox({
          type: 'error',
          title: 'Familienaudit',
          message: 'Familienaudit kann die Daten nicht öffnen',
          detail: advice.message,
          buttons: ['Neueste Sicherung wiederherstellen', 'Beenden'],
          defaultId: 0,
          cancelId: 1,
          noLink: true,
        });
        return response === 0;
      },
    });
  } catch (error) {
    dialog.showErrorBox('Familienaudit kann die Daten nicht öffnen', error instanceof Error ? error.message : String(error));
    app.quit();
    return null;
  }
}

function start(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, appProtocolHandler({ rendererDir, csp: PRODUCTION_CSP, fetchFile: (fileUrl) => net.fetch(fileUrl) }));
  // The window's renderer process starts while the database opens; its first calls wait for it.
  const opening = new Promise<Backend | null>((resolve) => setImmediate(() => resolve(openBackend())));
  bindIpcChannels({
    dispatch: dispatchWhenOpen(opening),
    isTrustedUrl,
    reportPdf: {
      chooseTarget: async (event, suggestedFileName) => {
        const options = {
          title: 'Auditbericht als PDF speichern',
          defaultPath: join(app.getPath('documents'), suggestedFileName),
          filters: [{ name: 'PDF-Dokument', extensions: ['pdf'] }],
        };
        const window = BrowserWindow.fromWebContents(event.sender as WebContents);
        const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return choice.canceled || !choice.filePath ? null : choice.filePath;
      },
    },
  });
  createWindow();
  void opening.then((opened) => {
    if (!opened) return;
    backend = opened;
    opened.events.subscribe((event, payload) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, event, payload);
    });
    opened.warmUp();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrustedUrl, openExternal));
  void app.whenReady().then(start);
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void backend?.close();
  });
}
