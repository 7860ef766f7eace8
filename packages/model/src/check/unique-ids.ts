/** Every list of identified things must not repeat an id. */
import type { PolicingModel } from '../schema/model';
import type { DocumentPath } from '../load/path';
import { error, type ModelIssue } from './issue';

/** Reports the second and later uses of an id (or key) within one list. */
export function checkUniqueIds(model: PolicingModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const lists: [DocumentPath, readonly { id?: string; grade?: number }[] | undefined, string][] = [
    [['geography', 'commands'], model.geography.commands, 'command'],
    [['geography', 'areas'], model.geography.areas, 'area'],
    [['shiftPatterns'], model.shiftPatterns, 'shift pattern'],
    [['teams'], model.teams, 'team'],
    [['channels'], model.channels, 'channel'],
    [['demandTypes'], model.demandTypes, 'demand type'],
    [['routing'], model.routing, 'routing rule'],
    [['partners'], model.partners, 'partner'],
    [['priorities'], model.priorities, 'priority'],
    [['scenarios'], model.scenarios, 'scenario'],
    [['assumptions'], model.assumptions, 'assumption'],
    [['grades'], model.grades, 'grade'],
  ];
  model.shiftPatterns.forEach((pattern, index) => lists.push([['shiftPatterns', index, 'shifts'], pattern.shifts, 'shift']));
  model.teams.forEach((team, index) => lists.push([['teams', index, 'duties'], team.duties, 'duty']));
  for (const [path, items, what] of lists) {
    const seen = new Map<string | number, number>();
    items?.forEach((item, index) => {
      const key = item.id ?? item.grade;
      if (key === undefined) return;
      const first = seen.get(key);
      const field = item.id === undefined ? 'grade' : 'id';
      if (first === undefined) seen.set(key, index);
      else issues.push(error([...path, index, field], `duplicate ${what} ${JSON.stringify(key)}: already used at index ${first}`));
    });
  }
  return issues;
}
