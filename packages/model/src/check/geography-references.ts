/** Geography cross-references: no ward or LSOA in two areas; commands exist. */
import type { PolicingModel } from '../schema/model';
import { formatPath } from '../load/path';
import { error, type ModelIssue } from './issue';

/** Checks that each ward and LSOA belongs to exactly one area and that commands are defined. */
export function checkGeographyReferences(model: PolicingModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const commands = new Set((model.geography.commands ?? []).map((command) => command.id));
  for (const unitKind of ['wards', 'lsoas'] as const) {
    const owner = new Map<string, { areaId: string; path: (string | number)[] }>();
    model.geography.areas.forEach((area, areaIndex) => {
      (area[unitKind] ?? []).forEach((unit, unitIndex) => {
        const path = ['geography', 'areas', areaIndex, unitKind, unitIndex, 'code'];
        const first = owner.get(unit.code);
        if (first === undefined) owner.set(unit.code, { areaId: area.id, path });
        else if (first.areaId === area.id) issues.push(error(path, `${unitKind === 'wards' ? 'ward' : 'LSOA'} ${unit.code} (${unit.name}) is listed twice in area "${area.id}" (first at ${formatPath(first.path)})`));
        else issues.push(error(path, `${unitKind === 'wards' ? 'ward' : 'LSOA'} ${unit.code} (${unit.name}) is in two areas: "${first.areaId}" (${formatPath(first.path)}) and "${area.id}"`));
      });
    });
  }
  model.geography.areas.forEach((area, index) => {
    if (area.command !== undefined && !commands.has(area.command)) {
      issues.push(error(['geography', 'areas', index, 'command'], `unknown command "${area.command}": expected one of geography.commands (${[...commands].join(', ') || 'none defined'})`));
    }
  });
  return issues;
}
