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
    ['the app shell importing the test-only WebSocket binding', 'main/shell/bad.ts', "import { bindWebSocket } from '../ipc/websocketBinding';\nexport const x = bindWebSocket;\n", 'no-restricted-imports'],
  ])('rejects %s', async (_name, file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it.each([
    ['renderer importing shared/', 'renderer/src/ok.ts', "import { searchWords } from '../../shared/text/searchWords';\nexport const x = searchWords;\n"],
    ['main importing shared/', 'main/ok.ts', "import { ipcCalls } from '../shared/ipc/contract';\nexport const x = ipcCalls;\n"],
    ['the Electron shell importing electron', 'main/shell/appProtocol.ts', "import { protocol } from 'electron';\nexport const x = protocol;\n"],
  ])('allows %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
