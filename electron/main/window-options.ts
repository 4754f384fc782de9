import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options. Each web preference is spelled out at its secure value, even
 * where that is Electron's default, so that the reliability suite can check them and a
 * change of default in a later Electron cannot loosen them unnoticed.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Familienaudit',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
