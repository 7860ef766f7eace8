import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './case-format';

describe('case dates', () => {
  it('reads a calendar date as that day, and an instant in London time', () => {
    expect(formatDate('2025-01-06')).toBe('Mon, 6 Jan 2025');
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(formatDate('2025-06-30T23:30:00.000Z')).toBe('Tue, 1 Jul 2025');
    expect(formatDateTime('2025-06-30T23:30:00.000Z')).toBe('1 Jul 2025, 00:30');
  });
});
