// Lint = the layering of DESIGN.md, enforced: a file importing across a forbidden line fails
// `npm test`. Zones: shared → nothing; main → shared; preload → shared + electron;
// renderer → shared only. Mail and store code never import electron. Inside main and inside the
// renderer, the layers below (mainLayers, rendererZones).
import { readdirSync } from 'node:fs';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import errorRules from './scripts/eslint/silentCatch.js';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'net', 'tls', 'crypto', 'child_process', 'http', 'https', 'stream', 'url', 'util', 'events', 'buffer'];

const layer = (from, message) => ({ target: `./${from.target}`, from: from.from.map((f) => `./${f}`), message });

// Layers inside the renderer (renderer/src), top to bottom. Each folder may import only the
// folders listed for it (and itself, shared/, packages, styles/); an arrow back up fails the lint:
//   main.tsx (entry) → shell/ (App, AppShell, deep links, settings props, sync status)
//   → views/<feature>/ (inbox, thread, linkPanel, items, compose, outbox, rejected, settings, firstRun)
//   → views/common/ (view parts more than one feature uses)
//   → session/ (store ↔ capture, and the hooks that hand it to views) · components/ (plain controls) · state/ (zustand UI state)
//   → store/ (the CRM store) → db/ (Dexie schema and records) · api/ (IPC client) · i18n/
// A feature folder imports no other feature folder: what one shows inside another is handed in by
// the shell (e.g. the inbox's reading pane). components/, state/, store/ and db/ import no views,
// no session and no shell; store/ and db/ import no React code at all.
const RENDERER = 'renderer/src';
const FEATURES = readdirSync(new URL(`./${RENDERER}/views`, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'common')
  .map((entry) => `views/${entry.name}`);
const BELOW_VIEWS = ['session', 'components', 'state', 'store', 'db', 'api', 'i18n'];
const RENDERER_LAYERS = {
  shell: [...FEATURES, 'views/common', ...BELOW_VIEWS],
  ...Object.fromEntries(FEATURES.map((feature) => [feature, ['views/common', ...BELOW_VIEWS]])),
  'views/common': BELOW_VIEWS,
  session: ['store', 'db', 'api'],
  components: [],
  state: [],
  store: ['db'],
  db: [],
  api: [],
  i18n: [],
};
const rendererZones = Object.entries(RENDERER_LAYERS).map(([folder, allowed]) => ({
  target: `./${RENDERER}/${folder}`,
  from: `./${RENDERER}`,
  except: [folder, ...allowed, 'styles'].map((f) => `./${f}`),
  message: `renderer/src/${folder} may import only ${allowed.length ? allowed.join(', ') : 'shared/ and packages'} (renderer layers, eslint.config.js).`,
}));
// Layers inside main, top to bottom; a folder imports only folders below it (and shared/):
//   index.ts, shell/       the Electron app: starts services/, binds ipc/ (shell → ipc, platform)
//   services/              assembles the features into the IPC handlers
//   capture/runtime        the engine for the saved account   → worker, sync, understand, settings, mail
//   capture/worker         the engine in a thread, main's proxy → sync, understand
//   capture/sync           the IMAP mirror engine              → understand, replication, mail
//   capture/understand     one raw message → captured/rejected
//   replication/           the sync folder (R8.3): its mail format, uploads, compaction → mail
//   addresses/ → send/     alternate addresses (R6) use the sending mechanics
//   settings/              the account file
//   system/                updates, the window's place, the login item (ports from the shell)
//   notifications/         which events become desktop notifications, in the renderer's words
//   diagnostics/           Help → Copy diagnostics: the text (pure)
//   mail/                  connection tests, autodiscovery, TLS, IMAP/SMTP options
//   ipc/                   the handler registry (knows no feature)
//   platform/              ports, back-off, atomic and JSON files, pending requests, the log: imports nothing of main
const MAIN_FOLDERS = ['index.ts', 'shell', 'services', 'ipc', 'capture', 'replication', 'send', 'addresses', 'settings', 'notifications', 'diagnostics', 'mail', 'system', 'platform'];
const MAIN_FEATURES = ['capture', 'replication', 'send', 'addresses', 'settings', 'notifications', 'diagnostics', 'mail', 'system'];
const inMain = (names) => names.map((n) => `main/${n}`);
const mainLayers = [
  layer({ target: 'main/platform', from: inMain(MAIN_FOLDERS.filter((f) => f !== 'platform')) }, 'main/platform is the bottom layer: it imports nothing of main.'),
  layer({ target: 'main/ipc', from: inMain(MAIN_FOLDERS.filter((f) => f !== 'ipc' && f !== 'platform')) }, 'main/ipc knows no feature: services/ registers the handlers.'),
  ...MAIN_FEATURES.map((f) => layer({ target: `main/${f}`, from: inMain(['index.ts', 'shell', 'services', 'ipc']) }, `main/${f} is a feature: it may not import services/, ipc/, shell/ or index.ts (they assemble it).`)),
  layer({ target: 'main/services', from: inMain(['index.ts', 'shell']) }, 'main/services is assembled by the shell, never the other way.'),
  layer({ target: 'main/shell', from: inMain(['index.ts', 'services', ...MAIN_FEATURES]) }, 'main/shell binds ipc/ and adapters (platform/); index.ts wires it to services/.'),
  layer({ target: 'main/mail', from: inMain(['capture', 'replication', 'send', 'addresses', 'settings']) }, 'main/mail is below the features that use it.'),
  layer({ target: 'main/settings', from: inMain(['capture', 'replication', 'send', 'addresses', 'mail']) }, 'main/settings is read by capture/runtime and services/, it reads none of them.'),
  layer({ target: 'main/send', from: inMain(['capture', 'replication', 'addresses', 'settings']) }, 'main/send is below addresses/ and replication/, and independent of capture/ and settings/.'),
  layer({ target: 'main/replication', from: inMain(['capture', 'addresses', 'settings']) }, 'main/replication is below capture/ (the sync folder is a capture source) and independent of addresses/ and settings/.'),
  layer({ target: 'main/addresses', from: inMain(['capture', 'replication', 'settings']) }, 'main/addresses is independent of capture/ and settings/.'),
  layer({ target: 'main/system', from: inMain(['capture', 'replication', 'send', 'addresses', 'settings', 'mail']) }, 'main/system (updates, window, login item) is independent of the mail features.'),
  layer({ target: 'main/capture/understand', from: inMain(['capture/sync', 'capture/worker', 'capture/runtime', 'replication', 'send', 'addresses', 'settings', 'mail']) }, 'main/capture/understand is pure understanding: it imports only platform/ (and shared/).'),
  layer({ target: 'main/capture/sync', from: inMain(['capture/worker', 'capture/runtime', 'send', 'addresses', 'settings']) }, 'main/capture/sync is below the worker and the runtime.'),
  layer({ target: 'main/capture/worker', from: inMain(['capture/runtime', 'send', 'addresses', 'settings', 'mail']) }, 'main/capture/worker is below capture/runtime.'),
  layer({ target: 'main/capture/runtime', from: inMain(['send', 'addresses']) }, 'main/capture/runtime does not use send/ or addresses/.'),
  layer({ target: 'main/notifications', from: inMain(['capture', 'replication', 'send', 'addresses', 'settings', 'diagnostics', 'mail']) }, 'main/notifications takes events from services/, it imports no other feature.'),
  layer({ target: 'main/diagnostics', from: inMain(['capture', 'replication', 'send', 'addresses', 'settings', 'notifications', 'mail']) }, 'main/diagnostics is a pure text of what it is handed: it imports no other feature.'),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'bench-results/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer({ target: 'shared', from: ['main', 'preload', 'renderer', 'test'] }, 'shared/ is pure: it imports nothing of the other layers.'),
            layer({ target: 'main', from: ['renderer', 'preload', 'test'] }, 'main/ may import shared/ only.'),
            layer({ target: 'preload', from: ['main', 'renderer', 'test'] }, 'preload/ may import shared/ (and electron) only.'),
            layer({ target: 'renderer', from: ['main', 'preload', 'test'] }, 'renderer/ may import shared/ only.'),
            ...rendererZones,
            ...mainLayers,
          ],
        },
      ],
    },
  },
  {
    // Errors are never swallowed in the product: a catch that ignores its error says why in a
    // "// handled: …" comment (scripts/eslint/silentCatch.js; test/unit/lint/silentCatch.test.ts).
    files: ['main/**/*.ts', 'shared/**/*.ts', 'preload/**/*.ts', 'renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    plugins: { errors: errorRules },
    rules: { 'errors/silent-catch': 'error' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...NODE_BUILTINS, 'electron', 'react', 'react-*', 'dexie', 'dexie-*', 'imapflow', 'nodemailer', 'mailparser', 'mailauth'], message: 'shared/ is pure TypeScript: only zod may be imported.' }] },
      ],
    },
  },
  {
    // Everything in main except the Electron shell runs in plain Node: adapters are handed in.
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/shell/appProtocol.ts', 'main/shell/mainWindow.ts', 'main/shell/electronIpcBinding.ts', 'main/shell/desktopNotifications.ts', 'main/shell/helpMenu.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only the Electron shell (main/index.ts, main/shell/*) imports electron; services take adapters.' }],
          patterns: [{ group: ['ws'], message: 'ws is a devDependency for the test bridge (test/support/ipc): the shipped app does not have it.' }],
        },
      ],
    },
  },
  {
    // The WebSocket binding (test/support/ipc, which main may not import at all) is for tests and
    // the demo; ws, which it uses, is a devDependency the shipped app does not have.
    files: ['main/index.ts', 'main/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['ws', '**/websocketBinding'], message: 'The WebSocket binding and ws are for tests and the demo only.' }] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...NODE_BUILTINS, 'electron', 'imapflow', 'nodemailer', 'mailparser', 'mailauth'], message: 'The renderer is a web page: no Node, no Electron, no mail libraries.' }] },
      ],
    },
  },
);
