/** Notes on definitions, printed at the end of the progress report and returned with the measures. */
import type { PerformanceReport } from '@peel/domain';

/** One note: a heading and its text. */
export interface DefinitionNote {
  readonly title: string;
  readonly text: string;
}

const CLOCK_WORDS = { 'call-answered': 'the call being answered', graded: 'the grading decision', dispatched: 'the first unit being dispatched' } as const;

/** The notes for `report` (the attendance note names each grade's clock as the model sets it). */
export function definitionNotes(report: PerformanceReport): DefinitionNote[] {
  const clocks = report.measures.attendance
    .filter((group) => group.urbanRural === 'urban')
    .map((group) => `Grade ${group.grade} (${group.gradeName}) runs from ${CLOCK_WORDS[group.clock]}`)
    .join('; ');
  const hours = report.measures.resolutionCentre.contactWithinHours;
  return [
    {
      title: 'Periods',
      text: 'Days are London days. An incident belongs to the day its call was answered, a case to the day it was opened, a Victims\' Code duty to the day it fell due. Before/after splits at the start of the chosen day.',
    },
    {
      title: 'Attendance compliance',
      text: `The share of incidents whose grade in force (the latest grading) sets an attendance target where the first unit arrived within the target. ${clocks || 'The model sets no attendance target'}, to the first arrival of any unit. Urban or rural by the place's class; a place outside every area is given the urban target. Missed once the deadline passes with nobody there; incidents still inside their deadline are pending and left out.`,
    },
    { title: 'Handoffs per case', text: 'Changes of the case\'s owner (officer) while the case was open, over the cases opened in the period (Wiltshire found one case with 31).' },
    {
      title: 'End to end',
      text: 'Hours from the call being answered to the case\'s last finalisation. Cases still open are counted apart, not in the times: a recent period looks faster until its slow cases finish.',
    },
    {
      title: 'Resolution Centre',
      text: `Resolved within the centre: routed there, never re-routed, no unit ever sent and no case ever owned by another team; the rate is over incidents resolved or passed on (cases still open with the centre are pending). Contact within ${hours} h: the first update to a victim of a case of the incident, from the first routing to the centre; incidents with no registered victim are not counted.`,
    },
    {
      title: "Victims' Code updates",
      text: 'Duties (Victims\' Code 2020, right 6: 5 working days, 1 for enhanced rights, or the agreed frequency) that fell due in the period and were met on time, over those due by now; withdrawn duties are left out, open ones not yet due are pending.',
    },
    { title: 'Call abandonment', text: 'Not recorded: an incident starts when a call is answered, so abandoned calls never reach Peel. Record it from the telephony system.' },
    { title: 'Abstraction', text: 'Planned, from the policing model (the share of contracted time lost to leave, training, sickness and so on); Peel holds no absence records.' },
    {
      title: 'Intervals and significance',
      text: 'Proportions carry a 95 % Wilson score interval; means a 95 % Student t interval. A before/after change carries a 95 % interval (Newcombe hybrid score for proportions, Welch for means) and is called significant when the interval excludes 0. A significant change need not be caused by the model: policy changes, seasonality, data quality and time to embed move figures too.',
    },
  ];
}
