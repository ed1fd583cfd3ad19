/**
 * The layers inside the renderer (eslint.config.js, README "Layers") are enforced by lint. These
 * cases lint made-up files placed in one renderer folder and expect a violation for every arrow
 * back up (or sideways between view features), and none for an arrow down.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const importing = (name: string, from: string) => `import { ${name} } from '${from}';\nexport const x = ${name};\n`;

describe('renderer layers (eslint.config.js)', () => {
  it.each([
    ['a view importing the shell', 'renderer/src/views/items/bad.ts', importing('App', '../../shell/App')],
    ['views/common importing the shell', 'renderer/src/views/common/bad.ts', importing('AppShell', '../../shell/AppShell')],
    ['the session importing the shell', 'renderer/src/session/bad.ts', importing('App', '../shell/App')],
    ['a view feature importing another feature', 'renderer/src/views/inbox/bad.ts', importing('ThreadView', '../thread/ThreadView')],
    ['a view feature importing another feature (settings ← firstRun)', 'renderer/src/views/settings/bad.ts', importing('FirstRun', '../firstRun/FirstRun')],
    ['views/common importing a feature', 'renderer/src/views/common/bad.ts', importing('InboxView', '../inbox/InboxView')],
    ['the session importing a view', 'renderer/src/session/bad.ts', importing('InboxView', '../views/inbox/InboxView')],
    ['components importing a view', 'renderer/src/components/bad.ts', importing('ErrorNotice', '../views/common/ErrorNotice')],
    ['components importing the session', 'renderer/src/components/bad.ts', importing('useSession', '../session/sessionContext')],
    ['UI state importing the CRM store', 'renderer/src/state/bad.ts', importing('createCrmStore', '../store')],
    ['the CRM store importing a React component', 'renderer/src/store/bad.ts', importing('Button', '../components/Button')],
    ['the CRM store importing the session', 'renderer/src/store/bad.ts', importing('useSession', '../session/sessionContext')],
    ['the database importing the CRM store', 'renderer/src/db/bad.ts', importing('createCrmStore', '../store')],
    ['the database importing a view', 'renderer/src/db/bad.ts', importing('InboxView', '../views/inbox/InboxView')],
  ])('rejects %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['the shell importing a view feature', 'renderer/src/shell/ok.ts', importing('InboxView', '../views/inbox/InboxView')],
    ['a view feature importing views/common', 'renderer/src/views/inbox/ok.ts', importing('ErrorNotice', '../common/ErrorNotice')],
    ['a view feature importing its own folder', 'renderer/src/views/inbox/ok.ts', importing('ThreadPane', './ThreadPane')],
    ['a view importing the session', 'renderer/src/views/items/ok.ts', importing('useSession', '../../session/sessionContext')],
    ['a view importing components, state and the store', 'renderer/src/views/items/ok.ts', "import { Button } from '../../components/Button';\nimport { useUiState } from '../../state/uiState';\nimport { createCrmStore } from '../../store';\nexport const x = [Button, useUiState, createCrmStore];\n"],
    ['views/common importing components', 'renderer/src/views/common/ok.ts', importing('Button', '../../components/Button')],
    ['the session importing the CRM store', 'renderer/src/session/ok.ts', importing('createCrmStore', '../store')],
    ['the CRM store importing the database', 'renderer/src/store/ok.ts', importing('BlindcopyDb', '../db/database')],
  ])('allows %s', async (_name, file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});
