/** `peel plan --compare`: two plans side by side, as text. */
import type { PlanComparison } from '@peel/engine';
import { formatTable } from '../commands/demand-options';
import { areasOf } from './format-plan';

const label = (scenario: string | null) => scenario ?? 'base';
const show = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value);
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`);
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** The comparison as text: lines, the cells that change, Grade 1 compliance, constraints and warnings. */
export function formatComparisonText(comparison: PlanComparison): string {
  const a = label(comparison.base.scenario);
  const b = label(comparison.other.scenario);
  const out: string[] = [];
  out.push(`Plans compared — ${comparison.model.force} (model ${comparison.model.id}): ${a} (method ${comparison.base.method}) against ${b} (method ${comparison.other.method})`);
  out.push('');
  out.push('Lines (final posts):');
  out.push(formatTable(['line', a, b, 'change', `Grade 1 need ${a}`, `Grade 1 need ${b}`], comparison.lines.map((line) => [line.id, show(line.base?.final), show(line.other?.final), line.change === 0 ? '' : signed(line.change), show(line.base?.required), show(line.other?.required)])));
  const changed = comparison.cells.filter((cell) => cell.change !== 0);
  out.push('');
  out.push(changed.length === 0 ? 'No area × team × role changes its final posts.' : `Area × team × role whose final posts change (${changed.length} of ${comparison.cells.length}):`);
  if (changed.length > 0) out.push(formatTable(['area', 'team', 'role', a, b, 'change'], changed.map((cell) => [areasOf(cell.areas), cell.team, cell.role, show(cell.base), show(cell.other), signed(cell.change)])));
  if (comparison.response.length > 0) {
    out.push('');
    out.push('Predicted Grade 1 compliance (final posts on the team\'s own pattern):');
    out.push(formatTable(['area', 'team:role', `posts ${a}`, `posts ${b}`, `compliance ${a}`, `compliance ${b}`], comparison.response.map((entry) => [areasOf(entry.areas), entry.cell, show(entry.base?.posts), show(entry.other?.posts), percent(entry.base?.compliance), percent(entry.other?.compliance)])));
  }
  const constraints = comparison.constraints.filter((check) => check.kind !== 'minimum-on-duty' || check.base?.met !== check.other?.met);
  if (constraints.length > 0) {
    out.push('');
    out.push('Constraints (minimum-on-duty rows only where met changes):');
    const met = (side: { met: boolean } | null) => (side === null ? '—' : side.met ? 'yes' : 'NO');
    out.push(formatTable(['constraint', 'required', a, `met ${a}`, b, `met ${b}`], constraints.map((check) => [check.id, show(check.base?.required ?? check.other?.required), show(check.base?.final), met(check.base), show(check.other?.final), met(check.other)])));
  }
  for (const [name, warnings] of [[a, comparison.warnings.base], [b, comparison.warnings.other]] as const) {
    if (warnings.length > 0) out.push('', `Warnings (${name}):`, ...warnings.map((warning) => `  ! ${warning}`));
  }
  return `${out.join('\n')}\n`;
}
