import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_EVENT_CHANNEL } from '../../shared/ipc-channels';
import { createBackend, type Backend } from '../backend/backend';
import { DATA_DIR_ENV } from '../backend/data-dir';
import { openWithRecovery } from '../backend/backups/open-with-recovery';
import { bindIpc, trustedUrlCheck } from './ipc-binding';
import { bindReportPdf } from './report-pdf';
import { electronNativeBinding } from './native-binding';
import { hardenSession, hardenWebContents } from './security';

const rendererFile = join(__dirname, '../renderer/index.html');
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const isTrustedUrl = trustedUrlCheck(pathToFileURL(rendererFile).href, app.isPackaged ? undefined : devServerUrl);

// Tests and portable setups may point the app at another data folder.
const dataDirOverride = process.env[DATA_DIR_ENV];
if (dataDirOverride) app.setPath('userData', dataDirOverride);

let backend: Backend | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Familienaudit',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  hardenWebContents(window.webContents, isTrustedUrl);
  window.once('ready-to-show', () => window.show());
  if (devServerUrl && !app.isPackaged) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  let opened: Backend;
  const dataDir = app.getPath('userData');
  const nativeBinding = electronNativeBinding(app.getAppPath(), app.isPackaged);
  try {
    opened = await openWithRecovery({
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
    return;
  }
  backend = opened;
  bindIpc(ipcMain, opened.dispatch, isTrustedUrl);
  bindReportPdf(ipcMain, {
    isTrustedUrl,
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
  });
  opened.events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  });
  createWindow();
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
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrustedUrl));
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
