import { describe } from 'vitest';
import { createInMemoryProblemRepository } from './in-memory-problem-repository';
import { registerProblemRepositoryCases } from './problem-repository.case';

describe('in-memory ProblemRepository', () => {
  registerProblemRepositoryCases(() => createInMemoryProblemRepository());
});
