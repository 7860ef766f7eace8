import { describe } from 'vitest';
import { registerCaseRepositoryCases } from './case-repository.case';
import { createInMemoryCaseRepository } from './in-memory-case-repository';

describe('in-memory CaseRepository', () => {
  registerCaseRepositoryCases(() => createInMemoryCaseRepository());
});
