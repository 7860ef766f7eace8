/** Policing models and every distinct content stored for each. */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';

/** One row per model slug; points at the model's current content. */
export const policingModels = pgTable(
  'policing_models',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    currentContentHash: text('current_content_hash').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('policing_models_current_content_hash_sha256', sql`${table.currentContentHash} ~ '^[0-9a-f]{64}$'`)],
);

/** Every distinct content stored for a model; the same content is stored once. */
export const policingModelVersions = pgTable(
  'policing_model_versions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    modelId: text('model_id')
      .notNull()
      .references(() => policingModels.id, { onDelete: 'cascade' }),
    contentHash: text('content_hash').notNull(),
    sourcePath: text('source_path').notNull(),
    document: jsonb('document').notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('policing_model_versions_model_id_content_hash_unique').on(table.modelId, table.contentHash),
    index('policing_model_versions_model_id_loaded_at_idx').on(table.modelId, table.loadedAt),
    check('policing_model_versions_content_hash_sha256', sql`${table.contentHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
