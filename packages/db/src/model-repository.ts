/** The {@link ModelRepository} port over drizzle: policing models and their content history. */
import type { ModelRepository, ModelSummary, ModelVersion, SaveModelResult, StoredModel } from '@peel/domain';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from './database';
import { policingModels, policingModelVersions } from './schema';

const versionColumns = {
  modelId: policingModelVersions.modelId,
  contentHash: policingModelVersions.contentHash,
  sourcePath: policingModelVersions.sourcePath,
  loadedAt: policingModelVersions.loadedAt,
};

/** Creates a model repository on an open, migrated database. */
export function createModelRepository(db: Database): ModelRepository {
  return {
    save: (model) =>
      db.transaction(async (tx): Promise<SaveModelResult> => {
        // Upsert the model first (the version row references it). The row lock this takes
        // serialises concurrent saves of one model.
        await tx
          .insert(policingModels)
          .values({ id: model.id, name: model.name, currentContentHash: model.contentHash })
          .onConflictDoUpdate({
            target: policingModels.id,
            set: { name: model.name, currentContentHash: model.contentHash, updatedAt: sql`now()` },
            setWhere: sql`(${policingModels.name}, ${policingModels.currentContentHash}) is distinct from (excluded.name, excluded.current_content_hash)`,
          });
        const inserted: ModelVersion[] = await tx
          .insert(policingModelVersions)
          .values({
            modelId: model.id,
            contentHash: model.contentHash,
            sourcePath: model.sourcePath,
            document: model.document,
          })
          .onConflictDoNothing({ target: [policingModelVersions.modelId, policingModelVersions.contentHash] })
          .returning(versionColumns);
        const [created] = inserted;
        if (created) return { saved: true, version: created };
        const [existing] = await tx
          .select(versionColumns)
          .from(policingModelVersions)
          .where(
            and(eq(policingModelVersions.modelId, model.id), eq(policingModelVersions.contentHash, model.contentHash)),
          );
        if (!existing) throw new Error(`model '${model.id}': version ${model.contentHash} vanished while saving`);
        return { saved: false, version: existing };
      }),

    async get(id) {
      const [row] = await db
        .select({
          ...versionColumns,
          name: policingModels.name,
          document: policingModelVersions.document,
          updatedAt: policingModels.updatedAt,
        })
        .from(policingModels)
        .innerJoin(
          policingModelVersions,
          and(
            eq(policingModelVersions.modelId, policingModels.id),
            eq(policingModelVersions.contentHash, policingModels.currentContentHash),
          ),
        )
        .where(eq(policingModels.id, id));
      return row satisfies StoredModel | undefined;
    },

    list: (): Promise<ModelSummary[]> =>
      db
        .select({
          id: policingModels.id,
          name: policingModels.name,
          contentHash: policingModels.currentContentHash,
          updatedAt: policingModels.updatedAt,
          versionCount: count(policingModelVersions.id).mapWith(Number),
        })
        .from(policingModels)
        .leftJoin(policingModelVersions, eq(policingModelVersions.modelId, policingModels.id))
        .groupBy(policingModels.id)
        .orderBy(asc(policingModels.id)),
  };
}
