/** A path into a model document, e.g. ['teams', 3, 'roles', 'PCSO', 'headcount']. */
export type DocumentPath = readonly (string | number)[];

/** Formats a path the way an analyst reads it: `teams[3].roles.PCSO.headcount`. */
export function formatPath(path: DocumentPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(document)' : out;
}
