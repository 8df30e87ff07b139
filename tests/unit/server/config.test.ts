import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadServerConfig } from '../../../server/config';
import { tokenMatches } from '../../../server/plugins/app/auth';
import { validationMessage } from '../../../server/plugins/app/error-handler';

describe('loadServerConfig', () => {
  it('has the documented defaults and generates a token when none is set', () => {
    const c = loadServerConfig({});
    expect(c).toMatchObject({ port: 8080, host: '127.0.0.1', corsOrigins: [], rateLimitMax: 600, queryTimeoutMs: 5000, queryRowCap: 5000, apiTokenGenerated: true });
    expect(c.webDist.endsWith(path.join('web', 'dist'))).toBe(true);
    expect(c.apiToken.length).toBeGreaterThanOrEqual(24);
    expect(loadServerConfig({}).apiToken).not.toBe(c.apiToken);
  });

  it('reads every variable', () => {
    const c = loadServerConfig({
      PORT: '9000', HOST: '0.0.0.0', API_TOKEN: 'secret-token', CORS_ORIGIN: 'http://localhost:5173, https://x.org',
      RATE_LIMIT_MAX: '50', QUERY_TIMEOUT_MS: '2000', QUERY_ROW_CAP: '10', WEB_DIST: '/tmp/web',
    });
    expect(c).toMatchObject({ port: 9000, host: '0.0.0.0', apiToken: 'secret-token', apiTokenGenerated: false, corsOrigins: ['http://localhost:5173', 'https://x.org'], rateLimitMax: 50, queryTimeoutMs: 2000, queryRowCap: 10, webDist: '/tmp/web' });
  });

  it('fails fast with the list of every problem', () => {
    try {
      loadServerConfig({ PORT: 'eighty', API_TOKEN: 'short', CORS_ORIGIN: 'localhost', RATE_LIMIT_MAX: '0', QUERY_TIMEOUT_MS: '-1', QUERY_ROW_CAP: '1.5' });
      throw new Error('expected ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'API_TOKEN', 'CORS_ORIGIN', 'RATE_LIMIT_MAX', 'QUERY_TIMEOUT_MS', 'QUERY_ROW_CAP']) expect(problems).toContain(name);
    }
  });
});

describe('auth and validation messages', () => {
  it('accepts only the exact bearer token', () => {
    expect(tokenMatches('Bearer abcdefgh', 'abcdefgh')).toBe(true);
    expect(tokenMatches('bearer abcdefgh', 'abcdefgh')).toBe(true);
    expect(tokenMatches('Bearer abcdefg', 'abcdefgh')).toBe(false);
    expect(tokenMatches('abcdefgh', 'abcdefgh')).toBe(false);
    expect(tokenMatches(undefined, 'abcdefgh')).toBe(false);
  });

  it('names the parameter and the allowed values', () => {
    expect(validationMessage('querystring', [{ instancePath: '/timeAxis', keyword: 'enum', params: { allowedValues: ['event', 'reported'] } }]))
      .toBe('Invalid parameter `timeAxis` (querystring): must be one of: event, reported.');
    expect(validationMessage('body', [{ instancePath: '', keyword: 'required', params: { missingProperty: 'text' } }])).toContain('`text`');
  });
});
