/**
 * Turns zod's issues into model issues whose message says what was expected and what was found.
 */
import type { z } from 'zod';
import { error, type ModelIssue } from '../check/issue';
import { describeValue } from './describe-value';

/** Converts one zod issue (parsed with `reportInput: true`) into one or more model issues. */
export function fromZodIssue(issue: z.core.$ZodIssue): ModelIssue[] {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const input = (issue as { input?: unknown }).input;
  if (path.length === 0 && (input === null || input === undefined || typeof input !== 'object' || Array.isArray(input))) {
    return [error(path, `expected a policing model (a map of sections such as peel, id, force, geography), got ${input === null || input === undefined ? 'an empty document' : describeValue(input)}`)];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ ...error([...path, key], `unknown field "${key}" (check its spelling and indentation)`), atKey: true }));
    case 'custom':
      return [error(path, issue.message)];
    case 'invalid_key': {
      const reason = issue.issues[0]?.message ?? 'invalid key';
      return [{ ...error(path, `${reason}, got ${describeValue(input)}`), atKey: true }];
    }
    default:
      if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
        const expected = { object: 'a map', record: 'a map', array: 'a list' }[issue.expected as string] ?? issue.expected;
        return [error(path, input === undefined ? `required field is missing: expected ${expected}` : `expected ${expected}, got ${describeValue(input)}`)];
      }
      if (input === undefined) return [error(path, `required field is missing: ${lowerFirst(issue.message)}`)];
      if (typeof input === 'object' && issue.code !== 'invalid_type') return [error(path, issue.message)];
      return [error(path, `${issue.message}, got ${describeValue(input)}`)];
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
