/** The case routes (issue 7), in registration order; policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { registerCaseLists } from './case-lists';
import { registerCaseStatus } from './case-status';
import { registerHandOff } from './hand-off';
import { registerOpenCase } from './open-case';
import { registerReadCase } from './read-case';
import { registerRecordOutcome } from './record-outcome';
import { registerSuspects } from './suspects';

/** Every case route registration. */
export const CASE_ROUTES: readonly RouteRegistration[] = [registerOpenCase, registerCaseLists, registerReadCase, registerHandOff, registerRecordOutcome, registerSuspects, registerCaseStatus];
