/**
 * Kinds of team a local policing model is built from (DESIGN.md, the five seed forces).
 * Later capabilities key behaviour on the kind: response teams are simulated as queues,
 * neighbourhood teams carry ward duties, the control room handles channels.
 */
export const TEAM_KINDS = [
  'response',
  'neighbourhood',
  'community-policing',
  'investigation',
  'resolution-centre',
  'public-protection',
  'proactive',
  'control-room',
  'partnership',
  'command',
] as const;

/** One of {@link TEAM_KINDS}. */
export type TeamKind = (typeof TEAM_KINDS)[number];
