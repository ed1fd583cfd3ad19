/** electron-builder.yml is checked against electron-builder's own JSON schema. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

function validate(candidate: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return { valid: check(candidate), errors: check.errors };
}

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const { valid, errors } = validate(config);
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail (an unknown key is refused)', () => {
    expect(validate({ ...config, notAnOption: true }).valid).toBe(false);
  });

  it('names the product, the blindcopy protocol and every target platform', () => {
    expect(config.productName).toBe('Blindcopy');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.protocols).toEqual([{ name: expect.any(String), schemes: ['blindcopy'] }]);
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
  });

  it('packs only build output', () => {
    const files = config.files as string[];
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['out/**/*', 'package.json']);
  });
});

/**
 * The update feed (README, "Updates"): electron-builder.update-feed.yml extends the default config
 * with `publish: generic`, its URL from BLINDCOPY_UPDATE_URL at build time. The two are merged by
 * electron-builder's own config loader, then checked against the schema like the default.
 */
describe('electron-builder.update-feed.yml', () => {
  const feedFile = load(readFileSync('electron-builder.update-feed.yml', 'utf8')) as Record<string, unknown>;
  const { getConfig } = require('app-builder-lib/out/util/config/config') as {
    getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<Record<string, unknown>>;
  };

  it('the default config has no feed: a build from it never checks for updates', () => {
    expect(config.publish).toBeUndefined();
  });

  it('extends the default config with a generic feed whose URL is given at build time', () => {
    expect(feedFile).toEqual({ extends: 'electron-builder.yml', publish: { provider: 'generic', url: '${env.BLINDCOPY_UPDATE_URL}' } });
  });

  it('merged as electron-builder merges it, is valid against app-builder-lib/scheme.json', async () => {
    const merged = await getConfig(process.cwd(), 'electron-builder.update-feed.yml', null);
    expect(merged.publish).toEqual({ provider: 'generic', url: '${env.BLINDCOPY_UPDATE_URL}' });
    expect(merged.appId).toBe(config.appId);
    const { valid, errors } = validate(merged);
    expect(errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('with a feed URL written in, valid too; and the schema does check the feed (no url: refused)', () => {
    const withUrl = { ...config, publish: { provider: 'generic', url: 'https://updates.example.com/blindcopy' } };
    expect(validate(withUrl).errors ?? []).toEqual([]);
    expect(validate({ ...config, publish: { provider: 'generic' } }).valid).toBe(false);
  });
});
