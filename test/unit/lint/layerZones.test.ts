/**
 * The import zones of DESIGN.md are enforced by lint. These cases lint made-up files placed in
 * each layer and expect exactly the violations the zones forbid (and none for allowed imports).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer zones (DESIGN.md import rules)', () => {
  it.each([
    ['renderer importing from main/', 'renderer/src/bad.ts', "import { createHandlerRegistry } from '../../main/ipc/registry';\nexport const x = createHandlerRegistry;\n", 'import-x/no-restricted-paths'],
    ['renderer importing node:fs', 'renderer/src/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'no-restricted-imports'],
    ['renderer importing electron', 'renderer/src/bad.ts', "import { shell } from 'electron';\nexport const x = shell;\n", 'no-restricted-imports'],
    ['shared importing from renderer/', 'shared/bad.ts', "import { api } from '../renderer/src/api/api';\nexport const x = api;\n", 'import-x/no-restricted-paths'],
    ['shared importing node:crypto', 'shared/bad.ts', "import { randomBytes } from 'node:crypto';\nexport const x = randomBytes;\n", 'no-restricted-imports'],
    ['main importing from renderer/', 'main/bad.ts', "import { api } from '../renderer/src/api/api';\nexport const x = api;\n", 'import-x/no-restricted-paths'],
    ['mail code importing electron', 'main/mail/bad.ts', "import { safeStorage } from 'electron';\nexport const x = safeStorage;\n", 'no-restricted-imports'],
    ['preload importing from main/', 'preload/bad.ts', "import { createHandlerRegistry } from '../main/ipc/registry';\nexport const x = createHandlerRegistry;\n", 'import-x/no-restricted-paths'],
    ['the app shell importing the test-only WebSocket binding', 'main/shell/bad.ts', "import { bindWebSocket } from '../../test/support/ipc/websocketBinding';\nexport const x = bindWebSocket;\n", 'no-restricted-imports'],
    ['main importing the test-only WebSocket binding', 'main/services/bad.ts', "import { bindWebSocket } from '../../test/support/ipc/websocketBinding';\nexport const x = bindWebSocket;\n", 'import-x/no-restricted-paths'],
    ['the app shell importing ws (a devDependency)', 'main/shell/bad.ts', "import { WebSocketServer } from 'ws';\nexport const x = WebSocketServer;\n", 'no-restricted-imports'],
    ['main importing ws (a devDependency)', 'main/ipc/bad.ts', "import { WebSocketServer } from 'ws';\nexport const x = WebSocketServer;\n", 'no-restricted-imports'],
  ])('rejects %s', async (_name, file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  // The layers inside main (eslint.config.js, mainLayers): an arrow back up fails the lint.
  it.each([
    ['a feature (send) importing services/, which assembles it', 'main/send/bad.ts', "import { createCore } from '../services/createCore';\nexport const x = createCore;\n"],
    ['a feature (capture/runtime) importing the IPC registry', 'main/capture/runtime/bad.ts', "import { createHandlerRegistry } from '../../ipc/registry';\nexport const x = createHandlerRegistry;\n"],
    ['a feature (settings) importing the Electron shell', 'main/settings/bad.ts', "import { createEncryptedKeychain } from '../shell/encryptedKeychain';\nexport const x = createEncryptedKeychain;\n"],
    ['platform/ importing a feature', 'main/platform/bad.ts', "import { createOutbox } from '../send/outbox';\nexport const x = createOutbox;\n"],
    ['the IPC registry importing services/', 'main/ipc/bad.ts', "import { createCore } from '../services/createCore';\nexport const x = createCore;\n"],
    ['capture/sync importing capture/worker above it', 'main/capture/sync/bad.ts', "import { createWorkerCaptureEngine } from '../worker/engineProxy';\nexport const x = createWorkerCaptureEngine;\n"],
    ['capture/understand importing capture/sync above it', 'main/capture/understand/bad.ts', "import { createCaptureEngine } from '../sync';\nexport const x = createCaptureEngine;\n"],
    ['mail/ importing send/ above it', 'main/mail/bad.ts', "import { createOutbox } from '../send/outbox';\nexport const x = createOutbox;\n"],
    ['send/ importing addresses/ above it', 'main/send/bad.ts', "import { loadAlternates } from '../addresses/addressFile';\nexport const x = loadAlternates;\n"],
    ['replication/ importing capture/ above it', 'main/replication/bad.ts', "import { createCaptureEngine } from '../capture/sync';\nexport const x = createCaptureEngine;\n"],
    ['system/ (updates, window, login item) importing a mail feature', 'main/system/bad.ts', "import { createOutbox } from '../send/outbox';\nexport const x = createOutbox;\n"],
    ['system/ importing the Electron shell', 'main/system/bad.ts', "import { focusWindow } from '../shell/focusWindow';\nexport const x = focusWindow;\n"],
  ])('rejects an inner-layer crossing in main: %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toEqual(['import-x/no-restricted-paths']);
  });

  it.each([
    ['renderer importing shared/', 'renderer/src/ok.ts', "import { searchWords } from '../../shared/text/searchWords';\nexport const x = searchWords;\n"],
    ['main importing shared/', 'main/ok.ts', "import { ipcCalls } from '../shared/ipc/contract';\nexport const x = ipcCalls;\n"],
    ['the Electron shell importing electron', 'main/shell/appProtocol.ts', "import { protocol } from 'electron';\nexport const x = protocol;\n"],
    ['a feature (send) importing platform/', 'main/send/ok.ts', "import { systemClock } from '../platform/ports';\nexport const x = systemClock;\n"],
    ['capture/runtime importing capture/worker below it', 'main/capture/runtime/ok.ts', "import { createWorkerCaptureEngine } from '../worker/engineProxy';\nexport const x = createWorkerCaptureEngine;\n"],
    ['addresses/ importing send/ below it', 'main/addresses/ok.ts', "import { newMessageId } from '../send/messageId';\nexport const x = newMessageId;\n"],
    ['capture/sync importing replication/ below it (the sync folder is a capture source)', 'main/capture/sync/ok.ts', "import { readSyncMail } from '../../replication/syncMail';\nexport const x = readSyncMail;\n"],
    ['system/ importing platform/', 'main/system/ok.ts', "import { writeFileAtomic } from '../platform/atomicFile';\nexport const x = writeFileAtomic;\n"],
    ['services/ importing a feature', 'main/services/ok.ts', "import { createOutbox } from '../send/outbox';\nexport const x = createOutbox;\n"],
  ])('allows %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
