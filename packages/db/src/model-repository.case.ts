/** Shared cases for the ModelRepository implementation. */
import { expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { createModelRepository } from './model-repository';
import { errorText, sha256 } from './repositories.fixtures';

/** Registers the model repository cases; `database` returns the file's migrated database. */
export function registerModelRepositoryCases(database: () => DatabaseHandle): void {
  const repository = () => createModelRepository(database().db);
  const document = (areas: string[]) => ({ force: 'Wiltshire Police', areas, grades: [{ id: 1, targetMinutes: 15 }] });

  it('saves a model and gets it back with its document', async () => {
    const models = repository();
    const result = await models.save({ id: 'wiltshire', name: 'Wiltshire CPT', sourcePath: 'models/wiltshire.yaml', contentHash: sha256('w1'), document: document(['swindon']) });
    expect(result.saved).toBe(true);
    expect(result.version).toMatchObject({ modelId: 'wiltshire', contentHash: sha256('w1'), sourcePath: 'models/wiltshire.yaml' });
    expect(result.version.loadedAt).toBeInstanceOf(Date);
    const stored = await models.get('wiltshire');
    expect(stored).toMatchObject({ name: 'Wiltshire CPT', contentHash: sha256('w1'), document: document(['swindon']) });
    expect(stored?.updatedAt).toBeInstanceOf(Date);
  });

  it('adds nothing when the same content is saved again', async () => {
    const models = repository();
    const model = { id: 'kent', name: 'Kent', sourcePath: 'models/kent.yaml', contentHash: sha256('k1'), document: document(['medway']) };
    const first = await models.save(model);
    const second = await models.save(model);
    expect(first.saved).toBe(true);
    expect(second.saved).toBe(false);
    expect(second.version).toEqual(first.version);
    const updatedAt = (await models.get('kent'))?.updatedAt;
    await models.save(model);
    expect((await models.get('kent'))?.updatedAt).toEqual(updatedAt);
    const summary = (await models.list()).find((entry) => entry.id === 'kent');
    expect(summary).toMatchObject({ name: 'Kent', contentHash: sha256('k1'), versionCount: 1 });
  });

  it('stores a new version when the content changes, and can return to an earlier one', async () => {
    const models = repository();
    const base = { id: 'sussex', name: 'Sussex', sourcePath: 'models/sussex.yaml' };
    await models.save({ ...base, contentHash: sha256('s1'), document: document(['brighton']) });
    const changed = await models.save({ ...base, name: 'Sussex 2', contentHash: sha256('s2'), document: document(['brighton', 'hove']) });
    expect(changed.saved).toBe(true);
    expect(await models.get('sussex')).toMatchObject({ name: 'Sussex 2', contentHash: sha256('s2'), document: document(['brighton', 'hove']) });
    const reverted = await models.save({ ...base, contentHash: sha256('s1'), document: document(['brighton']) });
    expect(reverted.saved).toBe(false);
    expect(await models.get('sussex')).toMatchObject({ contentHash: sha256('s1'), document: document(['brighton']) });
    const summary = (await models.list()).find((entry) => entry.id === 'sussex');
    expect(summary?.versionCount).toBe(2);
    expect(typeof summary?.versionCount).toBe('number');
  });

  it('lists models by id and returns undefined for an unknown one', async () => {
    const models = repository();
    await models.save({ id: 'a-first', name: 'First', sourcePath: 'a.yaml', contentHash: sha256('a'), document: {} });
    const ids = (await models.list()).map((entry) => entry.id);
    expect(ids[0]).toBe('a-first');
    expect(ids).toEqual([...ids].sort());
    expect(await models.get('no-such-model')).toBeUndefined();
  });

  it('refuses a content hash that is not SHA-256 hex, storing nothing', async () => {
    const models = repository();
    const error = await models
      .save({ id: 'bad-hash', name: 'Bad', sourcePath: 'bad.yaml', contentHash: 'not-a-hash', document: {} })
      .catch((caught: unknown) => caught);
    expect(errorText(error)).toContain('policing_models_current_content_hash_sha256');
    expect(await models.get('bad-hash')).toBeUndefined();
  });
}
