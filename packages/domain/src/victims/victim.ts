/**
 * Victims and their updates under the Code of Practice for Victims of Crime in England and Wales
 * (Ministry of Justice, 2020; in force 1 April 2021), right 6: to be given information about the
 * investigation. The police tell the victim of key events within 5 working days (1 working day
 * for victims entitled to enhanced rights) and agree with the victim how often, and how, they
 * will be updated. Wiltshire's review found victims "not being updated": these records make each
 * duty, its deadline and whether it was met visible.
 */
import type { PolicingModel } from '@peel/model';
import type { IsoDate } from '../calendar/iso-date';
import type { InvestigationEventKind } from '../cases/case';

/** The model's victim-update service levels (serviceLevels.victimUpdates). */
export type VictimUpdateLevels = PolicingModel['serviceLevels']['victimUpdates'];

/**
 * Why a victim is entitled to enhanced rights (Victims' Code 2020, "Enhanced rights"): victims of
 * the most serious crime (including bereaved close relatives), persistently targeted victims,
 * and vulnerable or intimidated victims.
 */
export const ENHANCED_RIGHTS_REASONS = ['most-serious-crime', 'persistently-targeted', 'vulnerable', 'intimidated'] as const;

/** One of {@link ENHANCED_RIGHTS_REASONS}. */
export type EnhancedRightsReason = (typeof ENHANCED_RIGHTS_REASONS)[number];

/** How a victim is updated. */
export const UPDATE_CHANNELS = ['phone', 'email', 'letter', 'text-message', 'in-person', 'video-call'] as const;

/** One of {@link UPDATE_CHANNELS}. */
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];

/** What was agreed with the victim about updates. */
export interface UpdateContract {
  /** Calendar days between updates. The model's defaultUpdateEveryDays until the victim agrees another. */
  everyDays: number;
  channel: UpdateChannel;
  /** False while the frequency is the model's default rather than one agreed with the victim. */
  agreedWithVictim: boolean;
  /** The victim has asked not to be updated (the Code lets a victim opt out): no duties are created. */
  optedOut: boolean;
  /** When this contract was set. */
  since: Date;
}

/** A victim of the crime in a case. */
export interface Victim {
  id: string;
  caseId: string;
  name: string;
  /** Empty for standard rights; any reason makes the victim's deadlines the enhanced ones. */
  enhancedRights: EnhancedRightsReason[];
  /**
   * A restricted record (public protection: domestic abuse, child protection, witness protection):
   * only users with restricted access may know the victim exists. A victim with the enhanced-rights
   * reason 'vulnerable' is restricted too ({@link isRestrictedVictim}).
   */
  restricted: boolean;
  contract: UpdateContract;
  registeredAt: Date;
  registeredBy: string;
  /** The last time the victim was updated (or registered, before any update). */
  lastContactAt: Date;
  /** Optimistic-concurrency version: 1 when registered, +1 on every save. */
  version: number;
}

/**
 * True when the victim's record is restricted: flagged so (public protection), or vulnerable
 * (DESIGN.md: "restricted data (public protection, vulnerable victims) is visible only to those
 * entitled").
 */
export function isRestrictedVictim(victim: Pick<Victim, 'restricted' | 'enhancedRights'>): boolean {
  return victim.restricted || victim.enhancedRights.includes('vulnerable');
}

/** True when the victim is entitled to enhanced rights. */
export function hasEnhancedRights(victim: Pick<Victim, 'enhancedRights'>): boolean {
  return victim.enhancedRights.length > 0;
}

/** A duty to update a victim: one per event per victim, and one rolling periodic update. */
export interface VictimDuty {
  id: string;
  victimId: string;
  caseId: string;
  kind: 'event-notification' | 'periodic-update';
  /** For event notifications: the case event and its kind. */
  eventId?: string;
  eventKind?: InvestigationEventKind;
  /**
   * What set the deadline: the standard or enhanced working days of the model, or the agreed (or
   * default) update frequency in calendar days.
   */
  basis: 'standard' | 'enhanced' | 'agreed-frequency' | 'default-frequency';
  /** The working days (event notifications) or calendar days (periodic updates) allowed. */
  allowedDays: number;
  /** When the clock started: the event, or the last contact. */
  startsAt: Date;
  /** The last London day on which the victim can be told in time. */
  dueDate: IsoDate;
  /** The first instant after the deadline. */
  dueBy: Date;
  status: 'open' | 'met' | 'withdrawn';
  /** When it was met, by which update, and whether that was before `dueBy`. */
  metAt?: Date;
  metByUpdateId?: string;
  metOnTime?: boolean;
  withdrawnAt?: Date;
  withdrawnReason?: string;
}

/** A recorded update to a victim. */
export interface VictimUpdate {
  id: string;
  victimId: string;
  caseId: string;
  at: Date;
  channel: UpdateChannel;
  by: string;
  summary: string;
  /** The duties this update met. */
  dutyIds: string[];
}
