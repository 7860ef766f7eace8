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
    // Each team counts once, and only when every area it covers lies within the rule's areas,
    // so a team shared with an area outside the rule cannot be counted twice.
    const ruleAreaIds = new Set(areas.map((area) => area.id));
    const needed = areas.reduce((sum, area) => sum + area.wards.length * rule.minimumPerWard, 0);
    const wards = areas.reduce((sum, area) => sum + area.wards.length, 0);
    const held = model.teams
      .filter((team) => (team.areas.includes('all') ? rule.areas.includes('all') : team.areas.every((id) => ruleAreaIds.has(id))))
      .reduce((sum, team) => sum + (team.roles[rule.role]?.headcount ?? 0), 0);
    if (held < needed) {
      const where = rule.areas.includes('all') ? 'the force' : `area(s) ${[...ruleAreaIds].join(', ')}`;
      issues.push(error([...path, 'minimumPerWard'], `${where} ha${ruleAreaIds.size === 1 ? 's' : 've'} ${wards} wards and need${ruleAreaIds.size === 1 ? 's' : ''} ${needed} ${rule.role}, but the teams dedicated to them hold ${held}`));
    }
  });
  return issues;
}
