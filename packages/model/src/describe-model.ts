/** The model as a readable tree, for `peel model show`. */
import { headcountByRole } from './check/headcount';
import { totalAbstractionPercent } from './check/abstraction';
import type { PolicingModel } from './schema/model';
import type { TreeNode } from './tree';

const leaf = (label: string): TreeNode => ({ label });
const section = (label: string, children: TreeNode[]): TreeNode => ({ label: `${label} (${children.length})`, children });
const list = (values: readonly (string | number)[] | undefined) => (values && values.length > 0 ? values.join(', ') : '—');
const counts = (record: Record<string, number>) => Object.entries(record).map(([key, n]) => `${key} ${n}`).join(', ');

/** Builds the tree of a model. */
export function describeModel(model: PolicingModel): TreeNode {
  const byRole = headcountByRole(model.teams);
  const areas = model.geography.areas.map((area): TreeNode => {
    const urban = area.wards.filter((ward) => ward.urbanRural === 'urban').length;
    const head = `${area.name} [${area.id}]${area.command ? ` command ${area.command}` : ''}${area.commander ? `, ${area.commander.rank}${area.commander.name ? ` ${area.commander.name}` : ''}` : ''}`;
    return {
      label: `${head} — districts ${area.districts.join(', ')}; ${area.wards.length} wards (${urban} urban, ${area.wards.length - urban} rural)`,
      children: area.wards.map((ward) => leaf(`${ward.name} (${ward.code}) ${ward.urbanRural}`)),
    };
  });
  const teams = model.teams.map((team): TreeNode => ({
    label: `${team.name} [${team.id}] ${team.kind}; areas ${list(team.areas)}${team.shiftPattern ? `; pattern ${team.shiftPattern}` : ''}`,
    children: [
      leaf(`headcount: ${Object.entries(team.roles).map(([role, spec]) => `${role} ${spec.headcount}${spec.minimumOnDutyPerShift !== undefined ? ` (min ${spec.minimumOnDutyPerShift}/shift)` : ''}`).join(', ')}`),
      ...(team.ledBy ? [leaf(`led by ${team.ledBy.title} (${team.ledBy.role})`)] : []),
      ...(team.workAllocation ? [leaf(`work allocation: ${team.workAllocation}`)] : []),
      ...(team.preventionLayer ? [leaf(`prevention layer ${team.preventionLayer}`)] : []),
      ...(team.focus ? [leaf(`focus: ${team.focus}`)] : []),
      ...(team.callSignTemplate ? [leaf(`call signs: ${team.callSignTemplate}`)] : []),
      ...(team.handlesTags ? [leaf(`handles tags: ${list(team.handlesTags)}`)] : []),
      ...(team.duties ?? []).map((duty) => leaf(`duty (${duty.role}, ${duty.frequency}): ${duty.description}`)),
    ],
  }));
  const children: TreeNode[] = [
    { label: `Geography: ${model.geography.areas.length} areas; boundaries ${model.geography.boundaries.wards.path}`, children: areas },
    section('Roles', Object.entries(model.roles).map(([key, role]) => leaf(`${key} ${role.name} — ${role.sworn ? 'sworn' : 'not sworn'} ${role.category}; powers: ${list(role.powers)}`))),
    section('Shift patterns', model.shiftPatterns.map((pattern) => ({
      label: `${pattern.name} [${pattern.id}] ${pattern.coverage}, ${pattern.rotatingTeams} rotating team(s)${pattern.weighting ? `; ${pattern.weighting}` : ''}`,
      children: pattern.shifts.map((shift) => leaf(`${shift.id}: ${shift.start} for ${shift.durationHours} h${shift.days ? ` on ${shift.days.join(', ')}` : ''}`)),
    }))),
    leaf(`Abstraction: ${Object.entries(model.abstractionPercent).map(([cause, p]) => `${cause} ${p} %`).join(', ')} (total ${totalAbstractionPercent(model.abstractionPercent)} %)`),
    { label: `Teams (${model.teams.length}); headcount ${counts(byRole)}`, children: teams },
    section('Grades', model.grades.map((grade) => leaf(`${grade.grade} ${grade.name} (${grade.response})${grade.attendance ? `: ${grade.attendance.urbanTargetMinutes} min urban / ${grade.attendance.ruralTargetMinutes} min rural from ${grade.attendance.clock}` : ''}${grade.appointmentWithinHours ? `: appointment within ${grade.appointmentWithinHours} h` : ''}`))),
    section('Channels', model.channels.map((channel) => leaf(`${channel.name} [${channel.id}] ${channel.kind}${channel.callsPerDay ? `, ${channel.callsPerDay} calls/day` : ''}${channel.answerTargetSeconds ? `, answer within ${channel.answerTargetSeconds} s` : ''}`))),
    section('Demand types', model.demandTypes.map((type) => leaf(`${type.name} [${type.id}] impact ${type.impactWeight}; minutes ${counts(type.timeTakenMinutes)}${type.tags ? `; tags ${list(type.tags)}` : ''}`))),
    section('Routing', model.routing.map((rule) => leaf(`${rule.id}: ${describeCondition(rule.when)} → ${rule.route}${rule.team ? ` ${rule.team}` : ''}${rule.teamKind ? ` (${rule.teamKind})` : ''}${rule.roles ? ` [${rule.roles.join(', ')}]` : ''}${rule.partner ? ` partner ${rule.partner}` : ''}`))),
    { label: 'Service levels', children: [
      ...(model.serviceLevels.resolutionCentre ? [leaf(`Resolution Centre: contact within ${model.serviceLevels.resolutionCentre.contactWithinHours} h for ${model.serviceLevels.resolutionCentre.contactTargetPercent} %${model.serviceLevels.resolutionCentre.resolutionTargetPercent !== undefined ? `; resolve ${model.serviceLevels.resolutionCentre.resolutionTargetPercent} %` : ''}`)] : []),
      leaf(`Victim updates: ${model.serviceLevels.victimUpdates.standardWorkingDays} working days (enhanced ${model.serviceLevels.victimUpdates.enhancedWorkingDays}); default every ${model.serviceLevels.victimUpdates.defaultUpdateEveryDays} days`),
    ] },
  ];
  if (model.partners) children.push(section('Partners', model.partners.map((p) => leaf(`${p.name} [${p.id}] ${p.kind}${p.sla ? `; SLA: ${p.sla}` : ''}`))));
  if (model.harmWeights) children.push(leaf(`Harm weights: ${model.harmWeights.name} (${model.harmWeights.unit}): ${counts(model.harmWeights.weights as Record<string, number>)}`));
  if (model.priorities) children.push(section('Priorities', model.priorities.map((p) => leaf(`${p.group ? `${p.group}: ` : ''}${p.title}`))));
  if (model.measures) children.push(leaf(`Measures: ${list(model.measures)}`));
  if (model.constraints) {
    children.push({ label: 'Constraints', children: [
      ...(model.constraints.protectedHeadcount ?? []).map((rule) => leaf(`protected: ${rule.description} — at least ${rule.minimum} ${rule.roles.join('+')}`)),
      ...(model.constraints.wardMinimums ?? []).map((rule) => leaf(`per ward: at least ${rule.minimumPerWard} ${rule.role} in ${list(rule.areas)}`)),
    ] });
  }
  if (model.scenarios) {
    children.push(section('Scenarios', model.scenarios.map((s) => ({
      label: `${s.name} [${s.id}]`,
      children: [
        ...(s.addTeams ?? []).map((team) => leaf(`adds ${team.name}: ${counts(Object.fromEntries(Object.entries(team.roles).map(([r, spec]) => [r, spec.headcount])))}`)),
        ...(s.headcountChanges ?? []).map((c) => leaf(`${c.team} ${c.role} ${c.headcountDelta >= 0 ? '+' : ''}${c.headcountDelta}`)),
        ...(s.abstractionPercent ? [leaf(`abstraction: ${counts(s.abstractionPercent)}`)] : []),
      ],
    }))));
  }
  if (model.assumptions) children.push(section('Assumptions', model.assumptions.map((a) => leaf(`${a.id}: ${a.text}`))));
  return { label: `${model.force} [${model.id}]${model.source ? ` — ${model.source}` : ''}`, children };
}

function describeCondition(when: PolicingModel['routing'][number]['when']): string {
  const parts = Object.entries(when)
    .filter(([, values]) => values && values.length > 0)
    .map(([key, values]) => `${key} ${(values as (string | number)[]).join('/')}`);
  return parts.length > 0 ? parts.join(' & ') : 'anything else';
}
