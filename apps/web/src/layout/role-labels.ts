import type { Role } from '../api/types';

/** How each role is written for people. */
export const ROLE_LABELS: Record<Role, string> = {
  'call-handler': 'Call handler',
  controller: 'Controller',
  'response-officer': 'Response officer',
  pcso: 'PCSO',
  investigator: 'Investigator',
  supervisor: 'Supervisor',
  analyst: 'Analyst',
  admin: 'Administrator',
};
