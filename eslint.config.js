import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Backend features: each owns its tables and is reached by the others only through its services and repositories. */
const BACKEND_FEATURES = ['backups', 'cases', 'change-log', 'catalogues', 'certification', 'goals', 'questionnaire', 'scoring', 'settings', 'transfer'];
const publicFilesOf = (feature) => readdirSync(`electron/backend/${feature}`).filter((name) => /\.(service|repository)\.ts$/.test(name));

const boundaries = [
  { target: './shared', from: ['./electron', './renderer', './test', './bench', './scripts'], message: 'shared/ imports nothing outside shared/.' },
  { target: './renderer', from: './electron', message: 'The renderer reaches the backend only through the contract (shared/contract).' },
  { target: './electron/backend', from: ['./renderer', './electron/main', './electron/preload'], message: 'The backend runs in plain Node, without Electron or the renderer.' },
  ...BACKEND_FEATURES.flatMap((feature) =>
    BACKEND_FEATURES.filter((other) => other !== feature).map((other) => ({
      target: `./electron/backend/${feature}`,
      from: `./electron/backend/${other}`,
      except: publicFilesOf(other).map((name) => `./${name}`),
      message: `Other features are reached only through their *.service.ts or *.repository.ts (here: ${other}).`,
    })),
  ),
];

/** [AST selector, why not] for electron/main and electron/preload, numbered as Electron's security checklist. */
export const ELECTRON_HARDENING = [
  ["Property[key.name=/^nodeIntegration(InWorker|InSubFrames)?$/][value.value=true]", 'Checkliste 2: keine Node-Integration im Renderer.'],
  ["Property[key.name='contextIsolation'][value.value=false]", 'Checkliste 3: contextIsolation bleibt an.'],
  ["Property[key.name='sandbox'][value.value=false]", 'Checkliste 4: die Sandbox bleibt an.'],
  ["Literal[value=/no-sandbox|disable-web-security|ignore-certificate-errors|allow-running-insecure-content|disable-site-isolation/]", 'Checkliste 4 und 6: keine Schalter, die Sandbox oder Web-Sicherheit senken.'],
  ["Property[key.name='webSecurity'][value.value=false]", 'Checkliste 6: webSecurity bleibt an.'],
  ["Property[key.name='allowRunningInsecureContent'][value.value=true]", 'Checkliste 8: kein unsicherer Inhalt.'],
  ["Property[key.name='experimentalFeatures'][value.value=true]", 'Checkliste 9: keine experimentellen Funktionen.'],
  ["Identifier[name='enableBlinkFeatures']", 'Checkliste 10: keine Blink-Funktionen einschalten.'],
  ["Property[key.name='webviewTag'][value.value=true]", 'Checkliste 11: kein <webview>.'],
  ["Literal[value=/allowpopups/i]", 'Checkliste 11: keine Popups aus <webview>.'],
  ["CallExpression[callee.name='callback'][arguments.0.value=true]", 'Checkliste 5: keine Berechtigung erteilen.'],
  ["CallExpression[callee.property.name='setPermissionCheckHandler'] > ArrowFunctionExpression[body.value=true]", 'Checkliste 5: keine Berechtigung erteilen.'],
  ["CallExpression[callee.property.name='loadFile']", 'Checkliste 18: Seiten kommen über app://, nicht file://.'],
  ["CallExpression[callee.property.name='loadURL'] > Literal[value=/^file:/]", 'Checkliste 18: Seiten kommen über app://, nicht file://.'],
  ["CallExpression[callee.property.name='loadURL'] > CallExpression[callee.name='pathToFileURL']", 'Checkliste 18: Seiten kommen über app://, nicht file://.'],
  ["NewExpression[callee.name='BrowserWindow']:not([arguments.0.callee.name='mainWindowOptions'])", 'Checkliste 2–4: Fenster nur mit mainWindowOptions(…).'],
  ["MemberExpression[object.name='shell'][property.name='openExternal']:not(CallExpression[callee.name='guardedOpener'] > ArrowFunctionExpression > CallExpression > MemberExpression)", 'Checkliste 15: shell.openExternal nur über guardedOpener.'],
  ["MemberExpression[object.name='shell'][computed=true]", 'Checkliste 15: shell.openExternal nur über guardedOpener.'],
];

/** What the preload must never hand over as a value. */
const PASSED_OBJECTS = '/^(ipcRenderer|contextBridge|process|require|shell|webFrame)$/';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may use Electron.' };
const noBareZod = { name: 'zod', message: 'Import z from shared/zod, which sets German messages.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'shared/ and the renderer must run anywhere: no Node built-ins.' }));

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Import boundaries by path, resolved as the compiler does.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaries, basePath: import.meta.dirname }] },
  },
  {
    // Type-aware rules: promises that are neither awaited nor handled, and switches that miss a case.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, noBareZod, ...noNode] }] },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/loopback/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, noBareZod] }] },
  },
  {
    // ipcMain is reached only through the binding, whose channels check the sender.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc-binding.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: 'Only ipc-binding.ts registers IPC channels.' }] },
      ],
    },
  },
  {
    // Electron's security checklist as code that cannot be written; test/reliability/electron-config.test.ts checks that each rule fires.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...ELECTRON_HARDENING.map(([selector, message]) => ({ selector, message }))] },
  },
  {
    // The preload hands the renderer three functions on fixed channels, never an Electron or Node object.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer'], message: 'The preload uses only contextBridge and ipcRenderer.' }, ...noNode] }],
      'no-restricted-syntax': [
        'error',
        ...ELECTRON_HARDENING.map(([selector, message]) => ({ selector, message })),
        { selector: "CallExpression[callee.object.name='ipcRenderer']:not([arguments.0.name=/^IPC_[A-Z_]+_CHANNEL$/])", message: 'Checkliste 20: ipcRenderer nur auf den festen Kanälen (IPC_…_CHANNEL).' },
        { selector: `:matches(Property[value.name=${PASSED_OBJECTS}], ArrayExpression > Identifier[name=${PASSED_OBJECTS}], CallExpression > Identifier.arguments[name=${PASSED_OBJECTS}], ReturnStatement > Identifier[name=${PASSED_OBJECTS}])`, message: 'Checkliste 20: kein Electron- oder Node-Objekt an den Renderer geben.' },
        { selector: "CallExpression[callee.name='require']", message: 'Checkliste 20: kein require in der Preload.' },
      ],
    },
  },
  {
    // One sender check registers every channel.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/trusted-sender.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...ELECTRON_HARDENING.map(([selector, message]) => ({ selector, message })),
        { selector: "CallExpression[callee.property.name=/^(handle|handleOnce|on|once|addListener)$/][callee.object.name=/^ipc(Main)?$/]", message: 'IPC handlers are registered only by handleFromTrustedSender (trusted-sender.ts).' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only relevant to the React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { paths: [noElectron, noBareZod, ...noNode] }],
    },
  },
  {
    // The workbook reader runs as a plain CommonJS worker (see worker-location.ts).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    // Tests deliberately break raw JSON documents to check that they are refused.
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
