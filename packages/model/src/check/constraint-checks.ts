/**
 * The model's own constraints must hold for its establishment: a protected total (Staffordshire's
 * 750 officers) is met, and every ward of the listed areas has its minimum (Kent: a PCSO per ward).
 */
import type { PolicingModel } from '../schema/model';
import { error, type ModelIssue } from './issue';
import { headcountByRole } from './headcount';
import { maxFlow } from './max-flow';
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
    // Each area first draws on teams dedicated to it alone. Teams shared between several of the
    // rule's areas may then fill shortfalls, but only in areas they cover: whether they can is a
    // transportation problem, decided by a maximum flow (teams → covered areas → shortfalls).
    // A team counts only when every area it covers is one of the rule's areas.
    const ruleAreaIds = new Set(areas.map((area) => area.id));
    const headcountOf = (team: PolicingModel['teams'][number]) => team.roles[rule.role]?.headcount ?? 0;
    const shared = model.teams.filter((team) =>
      team.areas.includes('all') ? rule.areas.includes('all') : team.areas.length > 1 && team.areas.every((id) => ruleAreaIds.has(id)),
    );
    const shortages = areas.flatMap((area) => {
      const needed = area.wards.length * rule.minimumPerWard;
      const dedicated = model.teams.filter((team) => team.areas.length === 1 && team.areas[0] === area.id).reduce((sum, team) => sum + headcountOf(team), 0);
      return dedicated < needed ? [{ area, needed, dedicated }] : [];
    });
    const short = shortages.reduce((sum, row) => sum + row.needed - row.dedicated, 0);
    if (short === 0) return;
    // Nodes: 0 source, 1..T shared teams, T+1..T+S short areas, T+S+1 sink.
    const sink = shared.length + shortages.length + 1;
    const edges = [
      ...shared.map((team, t) => ({ from: 0, to: t + 1, capacity: headcountOf(team) })),
      ...shared.flatMap((team, t) =>
        shortages.flatMap((row, s) => (team.areas.includes('all') || team.areas.includes(row.area.id) ? [{ from: t + 1, to: shared.length + 1 + s, capacity: short }] : [])),
      ),
      ...shortages.map((row, s) => ({ from: shared.length + 1 + s, to: sink, capacity: row.needed - row.dedicated })),
    ];
    const filled = maxFlow(sink + 1, edges, 0, sink);
    if (filled < short) {
      const detail = shortages.map((row) => `"${row.area.id}" has ${row.area.wards.length} wards and needs ${row.needed} ${rule.role}, its own teams hold ${row.dedicated}`).join('; ');
      issues.push(error([...path, 'minimumPerWard'], `${detail}${shared.length > 0 ? `; teams shared between these areas can fill only ${filled} of the ${short} short` : ''}`));
    }
  });
  return issues;
}
