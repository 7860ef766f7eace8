/**
 * What the simulator assumes where a policing model and the demand data are silent. Every value is
 * named in the output (`notes`) so that a force analyst can see it and replace it; each can be
 * overridden through {@link ForceOptions}.
 */

/** The tunable assumptions of a force simulation. */
export interface ForceOptions {
  /** Days discarded before measuring (the run starts with no work in hand). */
  warmUpDays: number;
  /** Days after the end for measured jobs to finish (no new arrivals). */
  drainDays: number;
  /** Incidents per recorded crime in the same area, hour and type. */
  incidentsPerCrime: number;
  /** Calls per incident on a channel whose `callsPerDay` the model does not give. */
  callsPerIncident: number;
  /** Coefficient of variation of on-scene times (lognormal, mean = the type's timeTakenMinutes). */
  onSceneCv: number;
  /** 'exponential' replaces the lognormal (CV 1; the M/M/N case, for validation). */
  onSceneDistribution: 'lognormal' | 'exponential';
  urbanSpeedKmh: number;
  ruralSpeedKmh: number;
  /** Road distance / straight-line distance. */
  detourFactor: number;
  /** Minutes from being assigned to moving. */
  setupMinutes: number;
  /** Minutes into a call at which its incident is graded and passed to dispatch, the handler staying on the line. */
  gradingMinutes: number;
  /** Mean call-handling minutes by channel kind (exponential). */
  handleMinutes: Readonly<Record<string, number>>;
  /** Mean patience of a waiting caller by channel kind (exponential); absent: callers wait. */
  patienceMinutes: Readonly<Record<string, number>>;
  /** Share of Resolution Centre jobs resolved without deployment. */
  resolveProbability: number;
  /** Minutes of a Resolution Centre job when the demand type gives none for its roles. */
  resolutionMinutes: number;
  /** Contact-within target of the Resolution Centre when the model gives none, hours. */
  contactWithinHours: number;
  /** Grade mix by grade response when no graded calls are stored (shares of all incidents). */
  gradeMixByResponse: Readonly<Record<'immediate' | 'prompt' | 'scheduled' | 'no-deployment', number>>;
}

/**
 * Calls per incident when a channel has no `callsPerDay`: Kent's model gives 5,000 calls a day
 * (seed 004) and Kent's data.police.uk street-level records for January–April 2024 average
 * 496 crimes and ASB reports a day (60,021 records over 121 days), so about 10.1 calls reach the
 * control room for every recorded crime. One force's ratio, stated as such.
 */
export const KENT_CALLS_PER_INCIDENT = 10.1;

/** The defaults, each an assumption unless a source is given. */
export const DEFAULT_FORCE_OPTIONS: ForceOptions = {
  warmUpDays: 1,
  drainDays: 2,
  incidentsPerCrime: 1,
  callsPerIncident: KENT_CALLS_PER_INCIDENT,
  onSceneCv: 0.8,
  onSceneDistribution: 'lognormal',
  urbanSpeedKmh: 32,
  ruralSpeedKmh: 56,
  // Boscoe, Henry & Zdeb (2012), "A nationwide comparison of driving distance versus straight-line
  // distance to hospitals", Professional Geographer 64(2): mean circuity 1.417.
  detourFactor: 1.4,
  setupMinutes: 2,
  gradingMinutes: 2,
  handleMinutes: { 'emergency-call': 4, 'non-emergency-call': 5 },
  patienceMinutes: { 'non-emergency-call': 6 },
  // Sussex's Resolution Centre resolved 73 % of its demand (seed 000).
  resolveProbability: 0.73,
  resolutionMinutes: 30,
  contactWithinHours: 48,
  gradeMixByResponse: { immediate: 0.15, prompt: 0.35, scheduled: 0.2, 'no-deployment': 0.3 },
};

/** The assumptions in words, for a run's notes. */
export function describeOptions(options: ForceOptions): string[] {
  const handle = Object.entries(options.handleMinutes).map(([kind, value]) => `${kind} ${value} min`).join(', ');
  const patience = Object.entries(options.patienceMinutes).map(([kind, value]) => `${kind} ${value} min`).join(', ');
  return [
    `on-scene time: ${options.onSceneDistribution === 'exponential' ? 'exponential' : `lognormal, CV ${options.onSceneCv}`}, mean = the demand type's timeTakenMinutes for the attending role (its largest listed time when the role is not listed) (assumption)`,
    `travel: straight line × ${options.detourFactor} (road circuity, Boscoe et al. 2012) at ${options.urbanSpeedKmh} km/h urban, ${options.ruralSpeedKmh} km/h rural, plus ${options.setupMinutes} min to turn out (assumption)`,
    `call handling: exponential, mean ${handle}; an incident goes to dispatch ${options.gradingMinutes} min into the call (or at its end); callers hang up after an exponential patience of mean ${patience || 'never'}; other channels are not queued (assumption)`,
    `Resolution Centre: ${Math.round(options.resolveProbability * 100)} % of jobs resolved (Sussex, seed 000), the rest booked for attendance; a job takes the time the demand type gives the centre's staff roles, else ${options.resolutionMinutes} min (assumption)`,
    `warm-up ${options.warmUpDays} day(s) not measured; up to ${options.drainDays} day(s) after the end for measured jobs to finish`,
  ];
}
