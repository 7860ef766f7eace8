/** Storage of policing models (the YAML files that describe a force's operating model). */

/** A parsed policing model to store. */
export interface NewModelVersion {
  /** The model's slug, e.g. 'wiltshire'. */
  id: string;
  /** The model's display name. */
  name: string;
  /** Where the model was loaded from (a path or URL), for people. */
  sourcePath: string;
  /** SHA-256 of the model file's bytes, lower-case hex. */
  contentHash: string;
  /** The parsed model object; stored as JSON. */
  document: unknown;
}

/** One stored version of a model (without its document). */
export interface ModelVersion {
  modelId: string;
  contentHash: string;
  sourcePath: string;
  /** When this content was first stored. */
  loadedAt: Date;
}

/** The current version of a model, with its document. */
export interface StoredModel extends ModelVersion {
  name: string;
  document: unknown;
  /** When the model last changed its current version or name. */
  updatedAt: Date;
}

/** A model in a listing. */
export interface ModelSummary {
  id: string;
  name: string;
  /** Hash of the current version. */
  contentHash: string;
  updatedAt: Date;
  /** How many distinct contents have been stored for this model. */
  versionCount: number;
}

/** The result of saving a model. */
export interface SaveModelResult {
  /** False when this exact content was already stored for the model (nothing new was added). */
  saved: boolean;
  /** The version that is now current. */
  version: ModelVersion;
}

/**
 * Stores policing models with their history. Saving makes the given content the model's current
 * version; saving content that was stored before adds no version (and makes it current again).
 */
export interface ModelRepository {
  /** Stores a model's content as its current version. */
  save(model: NewModelVersion): Promise<SaveModelResult>;
  /** The model's current version, or undefined when no such model is stored. */
  get(id: string): Promise<StoredModel | undefined>;
  /** Every stored model, ordered by id. */
  list(): Promise<ModelSummary[]>;
}
