/**
 * The model's own constraints must hold for its establishment: a protected total (Staffordshire's
 * 750 officers) is met, and every ward of the listed areas has its minimum (Kent: a PCSO per ward).
 */
import type { PolicingModel } from '../schema/model';
import { error, type ModelIssue } from './issue';
import { headcountByRole } from './headcount';
import { unknownMessage, type KnownIds } from './known';

/** Checks constraints against the model's headcount. */
export function checkConstraints(model: PolicingModel, known: KnownIds): ModelIssue[] {
  const issues: ModelIssue[] = [];
  model.constraints?.protectedHeadcount?.forEach((rule, index) => {
    const path = ['constraints', 'protectedHeadcount', index];
    rule.roles.forEach((role, i) => {
      if (!known.roles.has(role)) issues.push(error([...path, 'roles', i], unknownMessage('role', role, known.roles)));
    });
    const teams = model.teams.filter((team) => !rule.teamKinds || rule.teamKinds.includes(team.kind));
    const totals = headcountByRole(teams);
    const total = rule.roles.reduce((sum, role) => sum + (totals[role] ?? 0), 0);
    if (total < rule.minimum) {
      issues.push(error([...path, 'minimum'], `protected headcount "${rule.id}" needs at least ${rule.minimum} ${rule.roles.join('+')}, but the teams hold ${total}`));
    }
  });
  model.constraints?.wardMinimums?.forEach((rule, index) => {
    const path = ['constraints', 'wardMinimums', index];
    if (!known.roles.has(rule.role)) issues.push(error([...path, 'role'], unknownMessage('role', rule.role, known.roles)));
    const areas = rule.areas.includes('all') ? model.geography.areas : model.geography.areas.filter((area) => rule.areas.includes(area.id));
    rule.areas.forEach((areaId, i) => {
      if (areaId !== 'all' && !known.areas.has(areaId)) issues.push(error([...path, 'areas', i], unknownMessage('area', areaId, known.areas)));
    });
    // Each area first draws on teams dedicated to it alone; teams shared between several of the
    // rule's areas then fill what is short. A team counts once, and only when every area it covers
    // is one of the rule's areas, so a post can never be counted for two wards.
    const ruleAreaIds = new Set(areas.map((area) => area.id));
    const isShared = (team: PolicingModel['teams'][number]) =>
      team.areas.includes('all') ? rule.areas.includes('all') : team.areas.length > 1 && team.areas.every((id) => ruleAreaIds.has(id));
    const headcountOf = (teams: PolicingModel['teams']) => teams.reduce((sum, team) => sum + (team.roles[rule.role]?.headcount ?? 0), 0);
    const shared = headcountOf(model.teams.filter(isShared));
    const shortages = areas.flatMap((area) => {
      const needed = area.wards.length * rule.minimumPerWard;
      const dedicated = headcountOf(model.teams.filter((team) => team.areas.length === 1 && team.areas[0] === area.id));
      return dedicated < needed ? [{ area, needed, dedicated }] : [];
    });
    const short = shortages.reduce((sum, row) => sum + row.needed - row.dedicated, 0);
    if (short > shared) {
      const detail = shortages.map((row) => `"${row.area.id}" has ${row.area.wards.length} wards and needs ${row.needed} ${rule.role}, its own teams hold ${row.dedicated}`).join('; ');
      issues.push(error([...path, 'minimumPerWard'], `${detail}${shared > 0 ? `; teams shared between these areas hold ${shared} of the ${short} short` : ''}`));
    }
  });
  return issues;
}
