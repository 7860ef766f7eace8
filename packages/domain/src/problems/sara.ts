/**
 * SARA stage moves. The model is a loop, not a line (Center for Problem-Oriented Policing, "The
 * SARA Model"): an assessment that finds the response did not work sends the problem back to
 * analysis or response, and analysis may show the problem was wrongly defined (back to scanning).
 *
 *   scanning → analysis → response → assessment → (close)
 *                  ↓ ↑          ↑          │
 *              scanning         └──────────┤ (adjust the response)
 *                  analysis ◄──────────────┘ (re-analyse)
 */
import { DomainError } from '../shared/domain-error';
import type { SaraStage } from './problem';

const ALLOWED: Readonly<Record<SaraStage, readonly SaraStage[]>> = {
  scanning: ['analysis'],
  analysis: ['response', 'scanning'],
  response: ['assessment'],
  assessment: ['analysis', 'response'],
};

/** True when SARA allows `from` → `to`. */
export function canMoveSara(from: SaraStage, to: SaraStage): boolean {
  return ALLOWED[from].includes(to);
}

/** Throws INVALID_TRANSITION naming both stages when SARA does not allow `from` → `to`. */
export function assertSaraTransition(from: SaraStage, to: SaraStage): void {
  if (!canMoveSara(from, to)) throw new DomainError('INVALID_TRANSITION', `a problem cannot move from '${from}' to '${to}' (allowed: ${ALLOWED[from].join(', ')})`, 'stage');
}
