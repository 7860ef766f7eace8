/** Checks for the parts of an update contract that come from outside. */
import { DomainError } from '../shared/domain-error';
import { ENHANCED_RIGHTS_REASONS, UPDATE_CHANNELS, type EnhancedRightsReason, type UpdateChannel } from './victim';

/** The channel, or VALIDATION naming `field`. */
export function checkChannel(channel: string | undefined, field: string): UpdateChannel {
  if (!(UPDATE_CHANNELS as readonly string[]).includes(channel ?? '')) {
    throw new DomainError('VALIDATION', `${field} must be one of ${UPDATE_CHANNELS.join(', ')}, got '${channel}'`, field);
  }
  return channel as UpdateChannel;
}

/** A whole number of days from 1 to 366, or VALIDATION naming `field`. */
export function checkEveryDays(everyDays: number, field: string): number {
  if (!Number.isInteger(everyDays) || everyDays < 1 || everyDays > 366) throw new DomainError('VALIDATION', `${field} must be a whole number of days from 1 to 366, got ${everyDays}`, field);
  return everyDays;
}

/** Distinct enhanced-rights reasons, or VALIDATION naming `field`. */
export function checkEnhancedRights(reasons: readonly string[] | undefined, field: string): EnhancedRightsReason[] {
  const list = reasons ?? [];
  for (const reason of list) {
    if (!(ENHANCED_RIGHTS_REASONS as readonly string[]).includes(reason)) {
      throw new DomainError('VALIDATION', `${field} must hold only ${ENHANCED_RIGHTS_REASONS.join(', ')}, got '${reason}'`, field);
    }
  }
  return [...new Set(list)] as EnhancedRightsReason[];
}
