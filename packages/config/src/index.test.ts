import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './index';

describe('parseConfig', () => {
  it('defaults to the embedded database under ./.peel/data and ../shared/data', () => {
    const config = parseConfig({}, '/repo');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/repo/.peel/data' });
    expect(config.sharedDataDir).toBe('/shared/data');
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = parseConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }, '/repo');
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ DATABASE_URL: '  ' }, '/r').database.kind).toBe('pglite');
  });

  it('names every bad variable and the reason', () => {
    let caught: unknown;
    try {
      parseConfig({ DATABASE_URL: 'mysql://x', PEEL_DATA_DIR: ' ' , PEEL_SHARED_DATA: 'ok' }, '/r');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^DATABASE_URL: expected a postgres:\/\//);
  });
});

describe('parseConfig: the server', () => {
  it('defaults: port 3000 on 127.0.0.1, 15-minute tokens, 10 logins per 15 minutes, a generated secret in ./.peel/token-secret', () => {
    const { server, production } = parseConfig({}, '/repo');
    expect(production).toBe(false);
    expect(server).toEqual({
      port: 3000,
      host: '127.0.0.1',
      trustProxy: false,
      logLevel: 'info',
      tokenSecret: { kind: 'file', path: '/repo/.peel/token-secret' },
      tokenTtlSeconds: 900,
      loginRateLimit: { max: 10, windowSeconds: 900 },
    });
  });

  it('reads every server variable', () => {
    const { server } = parseConfig(
      {
        PORT: '8080',
        PEEL_HOST: '0.0.0.0',
        PEEL_TRUST_PROXY: '10.0.0.0/8, loopback',
        PEEL_LOG_LEVEL: 'warn',
        PEEL_TOKEN_SECRET: 's'.repeat(32),
        PEEL_TOKEN_TTL_MINUTES: '30',
        PEEL_LOGIN_RATE_LIMIT_MAX: '5',
        PEEL_LOGIN_RATE_LIMIT_WINDOW_MINUTES: '60',
      },
      '/repo',
    );
    expect(server).toEqual({
      port: 8080,
      host: '0.0.0.0',
      trustProxy: ['10.0.0.0/8', 'loopback'],
      logLevel: 'warn',
      tokenSecret: { kind: 'value', value: 's'.repeat(32) },
      tokenTtlSeconds: 1800,
      loginRateLimit: { max: 5, windowSeconds: 3600 },
    });
    expect(parseConfig({ PEEL_TRUST_PROXY: 'true' }, '/r').server.trustProxy).toBe(true);
    expect(parseConfig({ PEEL_TRUST_PROXY: '2' }, '/r').server.trustProxy).toBe(2);
  });

  it('names each bad server variable', () => {
    const problems = (() => {
      try {
        parseConfig({ PORT: '70000', PEEL_TOKEN_SECRET: 'short', PEEL_LOG_LEVEL: 'loud', PEEL_TRUST_PROXY: 'my-proxy', PEEL_TOKEN_TTL_MINUTES: '1.5' }, '/r');
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    })();
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['PEEL_LOG_LEVEL', 'PEEL_TOKEN_SECRET', 'PEEL_TOKEN_TTL_MINUTES', 'PEEL_TRUST_PROXY', 'PORT']);
    expect(problems.find((p) => p.startsWith('PORT'))).toMatch(/^PORT: expected a whole number from 1 to 65535/);
    expect(problems.find((p) => p.startsWith('PEEL_TOKEN_SECRET'))).toMatch(/at least 32 characters/);
  });

  it('requires PEEL_TOKEN_SECRET when NODE_ENV=production, never generating one there', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' }, '/r')).toThrow(/PEEL_TOKEN_SECRET: required when NODE_ENV=production/);
    const config = parseConfig({ NODE_ENV: 'production', PEEL_TOKEN_SECRET: 'p'.repeat(40) }, '/r');
    expect(config.production).toBe(true);
    expect(config.server.tokenSecret).toEqual({ kind: 'value', value: 'p'.repeat(40) });
  });
});
