/**
 * Thresholds of the incident rules that the policing model does not (yet) hold. Defaults are
 * documented here; a deployment overrides them through its configuration (the app reads it and
 * passes `settings` in the dependencies).
 */

/** Repeat-victim check: earlier incidents of the same caller or victim. */
export interface RepeatVictimSettings {
  /** How far back to look, in days. */
  readonly lookbackDays: number;
  /** How many earlier incidents make a repeat victim. */
  readonly minimumPrevious: number;
}

/** Repeat-location check: earlier incidents near the same point. */
export interface RepeatLocationSettings {
  readonly lookbackDays: number;
  readonly radiusMetres: number;
  readonly minimumPrevious: number;
}

/** All incident-rule settings. */
export interface IncidentSettings {
  readonly repeatVictim: RepeatVictimSettings;
  readonly repeatLocation: RepeatLocationSettings;
  /**
   * Demand-type tags that make an incident Right Care, Right Person demand (mental health and
   * welfare). The seed models use `mental-health`, `welfare` and (Sussex) `rcrp`.
   */
  readonly rightCareTags: readonly string[];
}

/** Settings as given: any part may be left out and takes its default. */
export interface IncidentSettingsInput {
  readonly repeatVictim?: Partial<RepeatVictimSettings>;
  readonly repeatLocation?: Partial<RepeatLocationSettings>;
  readonly rightCareTags?: readonly string[];
}

/**
 * The defaults.
 * - Repeat victim: at least 1 earlier incident in 365 days — the Crime Survey for England and Wales
 *   counts a repeat victim as one victimised more than once in the 12 months (ONS, "Nature of
 *   crime" tables); a flag is a prompt for the assessor, so erring towards flagging is cheap.
 * - Repeat location: at least 2 earlier incidents within 100 m in 90 days — an assumption (about a
 *   street frontage over a quarter) to be replaced by the force's own problem-location rule.
 * - Right Care tags: `mental-health`, `welfare`, `rcrp`.
 */
export const DEFAULT_INCIDENT_SETTINGS: IncidentSettings = {
  repeatVictim: { lookbackDays: 365, minimumPrevious: 1 },
  repeatLocation: { lookbackDays: 90, radiusMetres: 100, minimumPrevious: 2 },
  rightCareTags: ['mental-health', 'welfare', 'rcrp'],
};

/**
 * Fills `input` with the defaults and checks every number.
 * @throws {RangeError} naming the setting when a number is not finite and positive (whole for counts)
 */
export function resolveIncidentSettings(input: IncidentSettingsInput = {}): IncidentSettings {
  const settings: IncidentSettings = {
    repeatVictim: { ...DEFAULT_INCIDENT_SETTINGS.repeatVictim, ...input.repeatVictim },
    repeatLocation: { ...DEFAULT_INCIDENT_SETTINGS.repeatLocation, ...input.repeatLocation },
    rightCareTags: input.rightCareTags ?? DEFAULT_INCIDENT_SETTINGS.rightCareTags,
  };
  positive('repeatVictim.lookbackDays', settings.repeatVictim.lookbackDays);
  wholeAtLeastOne('repeatVictim.minimumPrevious', settings.repeatVictim.minimumPrevious);
  positive('repeatLocation.lookbackDays', settings.repeatLocation.lookbackDays);
  positive('repeatLocation.radiusMetres', settings.repeatLocation.radiusMetres);
  wholeAtLeastOne('repeatLocation.minimumPrevious', settings.repeatLocation.minimumPrevious);
  return settings;
}

function positive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
}

function wholeAtLeastOne(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number >= 1, got ${value}`);
}
