/** Test support for dispatch: the in-memory UnitRepository, the shared repository suite, unit records. */
export { InMemoryUnitRepository, type InMemoryUnitRepositoryOptions } from './in-memory-unit-repository';
export { registerUnitRepositoryCases } from './unit-repository.case';
export { makeUnit } from './make-unit';
export { modelFromText } from './model-from-text';
