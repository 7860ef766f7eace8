import { describe, expect, it } from 'vitest';
import type { PolicingModel } from '@peel/model';
import { findGrade, gradeForResponse, responseRank } from './grade-response';

const withGrades = (grades: PolicingModel['grades']) => ({ id: 'test', grades }) as PolicingModel;

describe('grade responses', () => {
  it('ranks responses from immediate (0) to no-deployment (3)', () => {
    expect(['immediate', 'prompt', 'scheduled', 'no-deployment'].map((r) => responseRank(r as 'immediate'))).toEqual([0, 1, 2, 3]);
  });

  it('prefers the exact response, then more urgent, then less urgent', () => {
    const model = withGrades([
      { grade: 2, name: 'Priority', response: 'prompt' },
      { grade: 9, name: 'Phone', response: 'no-deployment' },
    ]);
    expect(gradeForResponse(model, 'prompt')?.grade).toBe(2);
    expect(gradeForResponse(model, 'scheduled')?.grade).toBe(2);
    expect(gradeForResponse(model, 'immediate')?.grade).toBe(2);
    expect(gradeForResponse(withGrades([{ grade: 4, name: 'Phone', response: 'no-deployment' }]), 'immediate')?.grade).toBe(4);
    expect(gradeForResponse(withGrades([]), 'prompt')).toBeUndefined();
  });

  it('finds a grade by number', () => {
    const model = withGrades([{ grade: 3, name: 'Scheduled', response: 'scheduled' }]);
    expect(findGrade(model, 3)?.name).toBe('Scheduled');
    expect(findGrade(model, 1)).toBeUndefined();
  });
});
