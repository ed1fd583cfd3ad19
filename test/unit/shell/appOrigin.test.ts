import { describe, expect, it } from 'vitest';
import { deepLinkFromArgv, isTrustedSenderUrl, resolveAppFile } from '../../../main/shell/appOrigin';
import { isExternalLinkAllowed } from '../../../main/shell/externalLinks';

describe('app:// origin checks', () => {
  it.each([
    ['app://blindcopy/index.html', true],
    ['app://blindcopy/', true],
    ['app://other/index.html', false],
    ['file:///etc/passwd', false],
    ['http://127.0.0.1:5173/', false],
    ['https://blindcopy/', false],
    ['', false],
    ['not a url', false],
  ])('IPC sender %s trusted: %s', (url, trusted) => {
    expect(isTrustedSenderUrl(url)).toBe(trusted);
  });

  it.each([
    ['app://blindcopy/index.html', '/r/index.html'],
    ['app://blindcopy/', '/r/index.html'],
    ['app://blindcopy/assets/app.js', '/r/assets/app.js'],
    ['app://blindcopy/../../etc/passwd', '/r/etc/passwd'], // URL parsing already removes ..
    ['app://blindcopy/%2e%2e/%2e%2e/etc/passwd', '/r/etc/passwd'], // so does the URL parser
    ['app://blindcopy/..%2f..%2fetc/passwd', undefined], // encoded slashes: caught after decoding
    ['app://blindcopy/a%00b', undefined],
    ['app://elsewhere/index.html', undefined],
  ])('serves %s from %s', (url, file) => {
    expect(resolveAppFile('/r', url)).toBe(file);
  });

  it.each([
    ['https://example.com/x', true],
    ['http://example.com', true],
    ['mailto:a@example.com', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['blindcopy://confirm', false],
    ['data:text/html,hi', false],
  ])('external link %s allowed: %s', (url, allowed) => {
    expect(isExternalLinkAllowed(url)).toBe(allowed);
  });

  it('finds a blindcopy:// link among command-line arguments (second instance)', () => {
    expect(deepLinkFromArgv(['/usr/bin/blindcopy', '--flag', 'blindcopy://confirm?token=abc'])).toBe('blindcopy://confirm?token=abc');
    expect(deepLinkFromArgv(['/usr/bin/blindcopy'])).toBeUndefined();
  });
});
