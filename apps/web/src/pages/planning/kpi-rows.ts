/** The simulation's KPIs as rows of a table (one for a run, two columns when comparing), in a fixed order. */
import type { Estimate, Simulation } from './types';

/** One KPI. */
export interface KpiRow {
  id: string;
  label: string;
  estimate: Estimate | null;
  percent: boolean;
}

/** The rows of `simulation`: per grade with incidents, then call handling, the Resolution Centre and utilisation by area. */
export function kpiRows(simulation: Simulation, areaNames: ReadonlyMap<string, string> = new Map()): KpiRow[] {
  const rows: KpiRow[] = [];
  for (const grade of simulation.grades) {
    if (!(grade.incidentsPerDay.mean !== null && grade.incidentsPerDay.mean > 0)) continue;
    const name = `Grade ${grade.grade} (${grade.name})`;
    rows.push({ id: `g${grade.grade}-per-day`, label: `${name}: incidents attended a day`, estimate: grade.incidentsPerDay, percent: false });
    if (grade.compliance) rows.push({ id: `g${grade.grade}-compliance`, label: `${name}: within the target${grade.target ? ` (${grade.target})` : ''}`, estimate: grade.compliance, percent: true });
    if (grade.complianceUrban) rows.push({ id: `g${grade.grade}-urban`, label: `${name}: within the target, urban`, estimate: grade.complianceUrban, percent: true });
    if (grade.complianceRural) rows.push({ id: `g${grade.grade}-rural`, label: `${name}: within the target, rural`, estimate: grade.complianceRural, percent: true });
    rows.push({ id: `g${grade.grade}-mean`, label: `${name}: mean response, minutes`, estimate: grade.meanResponseMin, percent: false });
    rows.push({ id: `g${grade.grade}-p90`, label: `${name}: 90th percentile response, minutes`, estimate: grade.p90ResponseMin, percent: false });
    rows.push({ id: `g${grade.grade}-queue`, label: `${name}: mean wait for a unit, minutes`, estimate: grade.meanQueueWaitMin, percent: false });
  }
  for (const channel of simulation.channels) {
    if (!channel.handled) continue;
    rows.push({ id: `c${channel.channel}-abandonment`, label: `Calls on ${channel.channel}: abandoned`, estimate: channel.abandonment, percent: true });
    if (channel.answeredWithinTarget) rows.push({ id: `c${channel.channel}-answered`, label: `Calls on ${channel.channel}: answered within ${channel.targetSeconds} s`, estimate: channel.answeredWithinTarget, percent: true });
  }
  if (simulation.resolutionCentre) {
    rows.push({ id: 'rc-contact', label: `Resolution Centre: victim contacted within ${simulation.resolutionCentre.contactWithinHours} h`, estimate: simulation.resolutionCentre.contactWithinTarget, percent: true });
    rows.push({ id: 'rc-resolution', label: 'Resolution Centre: resolved without deployment', estimate: simulation.resolutionCentre.resolution, percent: true });
  }
  for (const area of simulation.areas) rows.push({ id: `u-${area.area}`, label: `Utilisation of units, ${areaNames.get(area.area) ?? area.area}`, estimate: area.utilisation, percent: true });
  return rows;
}
