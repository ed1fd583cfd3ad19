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
