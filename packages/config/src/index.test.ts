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
