/**
 * The two measures the operations data cannot give, stated from the model instead of invented:
 *
 * - **Abstraction** (Wiltshire: "at least a 50 % abstraction rate" — sickness, training, injury,
 *   annual leave, discipline): Peel stores no absence records, so this is the *planned* abstraction
 *   of the policing model — the force's causes and each team's total with its own causes replacing
 *   the force's (`teamAbstraction`, the rule the planner and simulator use).
 * - **Call abandonment** (Wiltshire's "voice of the system"): an incident starts when a call is
 *   answered, so abandoned calls never reach Peel. The figure is *not recorded*; the model's
 *   abandonment targets are listed so the gap is visible.
 */
import { teamAbstraction } from '@peel/engine';
import { totalAbstractionPercent, type PolicingModel } from '@peel/model';

/** Planned abstraction from the model. */
export interface AbstractionMeasure {
  readonly source: 'model';
  readonly totalPercent: number;
  readonly causes: readonly { readonly cause: string; readonly percent: number }[];
  /** Teams whose own causes change their total. */
  readonly teams: readonly { readonly teamId: string; readonly name: string; readonly totalPercent: number }[];
}

/** Call abandonment: not in the operations data. */
export interface CallAbandonmentMeasure {
  readonly recorded: false;
  readonly reason: string;
  /** The model's abandonment targets by channel. */
  readonly targets: readonly { readonly channelId: string; readonly name: string; readonly targetPercent: number }[];
}

/** Abstraction as planned in `model`. */
export function plannedAbstraction(model: PolicingModel): AbstractionMeasure {
  return {
    source: 'model',
    totalPercent: totalAbstractionPercent(model.abstractionPercent),
    causes: Object.entries(model.abstractionPercent).map(([cause, percent]) => ({ cause, percent })),
    teams: model.teams
      .filter((team) => team.abstractionPercent !== undefined)
      .map((team) => ({ teamId: team.id, name: team.name, totalPercent: Math.round(teamAbstraction(model, team) * 100 * 1e9) / 1e9 })),
  };
}

/** Call abandonment: not recorded, with the model's targets. */
export function callAbandonment(model: PolicingModel): CallAbandonmentMeasure {
  return {
    recorded: false,
    reason: 'not recorded: an incident starts when a call is answered, so calls abandoned before an answer never reach Peel',
    targets: model.channels.flatMap((channel) =>
      channel.abandonmentTargetPercent === undefined ? [] : [{ channelId: channel.id, name: channel.name, targetPercent: channel.abandonmentTargetPercent }],
    ),
  };
}
