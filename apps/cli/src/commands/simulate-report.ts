/** The document `peel simulate --model` prints: the engine's KPIs with how the run was made, as text or JSON. */
import type { Estimate, ForceKpis } from '@peel/engine';
import { formatTable } from './demand-options';

/** The `--json` document. */
export interface SimulationReport extends ForceKpis {
  modelFile: string;
  plan: string | null;
  wallMs: number;
  threads: number;
  replicationMs: number[];
  demand: { months: string[]; crimes: number; crimesPerDay: number };
}

/** "78.3 % ± 1.2" (percentages) or "12.4 ± 0.8"; "—" when undefined. */
function show(estimate: Estimate | null, options: { percent?: boolean; digits?: number } = {}): string {
  if (estimate === null || Number.isNaN(estimate.mean)) return '—';
  const scale = options.percent ? 100 : 1;
  const digits = options.digits ?? 1;
  const mean = (estimate.mean * scale).toFixed(digits);
  const half = estimate.halfWidth === null || Number.isNaN(estimate.halfWidth) ? '' : ` ± ${(estimate.halfWidth * scale).toFixed(digits)}`;
  return `${mean}${options.percent ? ' %' : ''}${half}`;
}

/** The report as text. */
export function formatSimulationReport(report: SimulationReport): string {
  const out: string[] = [];
  const seconds = (report.wallMs / 1000).toFixed(1);
  out.push(`Simulated model ${report.model} (${report.modelFile}${report.plan ? `, plan ${report.plan}` : ''}): ${report.days} days after ${report.warmUpDays} day(s) of warm-up, ${report.replications} replication(s), seed ${report.seed}`);
  out.push(`  ${seconds} s on ${report.threads} thread(s); ${Math.round(report.checks.eventsPerRun).toLocaleString('en-GB')} events a replication; means ± half-width of the 95 % confidence interval (Student t)`);
  out.push('');
  out.push('Attendance by grade (compliance counts jobs no unit reached as missed):');
  out.push(
    formatTable(
      ['grade', 'target', 'jobs/day', 'compliance', 'urban', 'rural', 'mean min', 'median', 'p90', 'queue wait min', 'unattended'],
      report.grades
        .filter((grade) => grade.incidentsPerDay.mean > 0)
        .map((grade) => [
          `${grade.grade} ${grade.name}`,
          grade.target ?? '—',
          show(grade.incidentsPerDay),
          show(grade.compliance, { percent: true }),
          show(grade.complianceUrban, { percent: true }),
          show(grade.complianceRural, { percent: true }),
          show(grade.meanResponseMin),
          show(grade.medianResponseMin),
          show(grade.p90ResponseMin),
          show(grade.meanQueueWaitMin),
          show(grade.unattended, { digits: 0 }),
        ]),
    ),
  );
  out.push('');
  out.push('Response-time distribution (share of attended jobs reached within):');
  const limits = report.grades[0]?.responseWithin.map((point) => point.minutes) ?? [];
  out.push(
    formatTable(
      ['grade', ...limits.map((minutes) => (minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`))],
      report.grades
        .filter((grade) => grade.incidentsPerDay.mean > 0)
        .map((grade) => [`${grade.grade} ${grade.name}`, ...grade.responseWithin.map((point) => (Number.isNaN(point.share.mean) ? '—' : `${(point.share.mean * 100).toFixed(1)} %`))]),
    ),
  );
  out.push('');
  out.push('Routing of incidents, per day (deploy / scheduled / Resolution Centre / partner / no further action / unserved), and incidents lost when callers hung up:');
  out.push(
    formatTable(
      ['grade', 'deploy', 'scheduled', 'resolution', 'partner', 'nfa', 'unserved', 'lost/day'],
      report.grades.map((grade) => [
        `${grade.grade} ${grade.name}`,
        ...Object.values(grade.routedPerDay).map((value) => value.toFixed(1)),
        show(grade.lostToAbandonmentPerDay),
      ]),
    ),
  );
  for (const grade of report.grades.filter((candidate) => candidate.compliance !== null && candidate.incidentsPerDay.mean > 0).slice(0, 2)) {
    out.push('');
    out.push(`Grade ${grade.grade} by area:`);
    out.push(
      formatTable(
        ['area', 'jobs/day', 'compliance', 'urban', 'rural', 'mean min', 'p90', 'queue wait min'],
        grade.byArea.map((area) => [area.area, show(area.incidentsPerDay), show(area.compliance, { percent: true }), show(area.complianceUrban, { percent: true }), show(area.complianceRural, { percent: true }), show(area.meanResponseMin), show(area.p90ResponseMin), show(area.meanQueueWaitMin)]),
      ),
    );
  }
  out.push('');
  out.push('Call handling:');
  out.push(
    formatTable(
      ['channel', 'calls/day', 'abandoned', 'answered in target', 'target s', 'mean wait min'],
      report.channels.map((channel) => [channel.channel + (channel.handled ? '' : ' (not queued)'), show(channel.offeredPerDay), show(channel.abandonment, { percent: true }), show(channel.answeredWithinTarget, { percent: true }), channel.targetSeconds ?? '—', show(channel.meanWaitMin, { digits: 2 })]),
    ),
  );
  if (report.resolutionCentre) {
    const rc = report.resolutionCentre;
    out.push('');
    out.push(`Resolution Centre: ${show(rc.referredPerDay)} jobs a day; contacted within ${rc.contactWithinHours} h ${show(rc.contactWithinTarget, { percent: true })}; resolved ${show(rc.resolution, { percent: true })}; mean time to contact ${show(rc.meanContactHours)} h`);
  }
  out.push('');
  out.push('Utilisation (busy ÷ on duty over the measured days; peak = busiest hour of the day among those with at least half the most people on duty):');
  out.push(
    formatTable(
      ['team', 'role', 'areas', 'on duty', 'utilisation', 'peak hour'],
      report.pools.map((pool) => {
        // Hours when only a few people are finishing jobs after their shift would read as 100 % busy.
        const most = Math.max(...pool.onDutyByHourOfDay);
        const hours = pool.byHourOfDay.map((value, hour) => [pool.onDutyByHourOfDay[hour]! >= most / 2 ? (value ?? -1) : -1, hour] as const).sort((a, b) => b[0] - a[0]);
        const peak = hours[0] && hours[0][0] >= 0 ? `${String(hours[0][1]).padStart(2, '0')}:00 ${(hours[0][0] * 100).toFixed(0)} %` : '—';
        return [pool.team, pool.role, pool.areas.join(' '), show(pool.meanOnDuty), show(pool.utilisation, { percent: true }), peak];
      }),
    ),
  );
  out.push('');
  out.push(`Checks: Little's law on every run (∫ waiting dt = Σ waits): dispatch within ${report.checks.littlesLawDispatch.toExponential(1)}, calls within ${report.checks.littlesLawCalls.toExponential(1)} (relative)${report.checks.overflow > 0 ? `; ${report.checks.overflow} people could not be put on duty for want of a slot` : ''}`);
  out.push('');
  out.push('How the run was made:');
  for (const note of report.notes) out.push(`  - ${note}`);
  return `${out.join('\n')}\n`;
}
