import { describe } from 'vitest';
import { createInMemoryVictimRepository } from './in-memory-victim-repository';
import { registerVictimRepositoryCases } from './victim-repository.case';

describe('in-memory VictimRepository', () => {
  registerVictimRepositoryCases(() => createInMemoryVictimRepository());
});
