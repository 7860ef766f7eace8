/** The problem-solving routes (issue 7; SARA with partners), in registration order; policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { registerOpenProblem } from './open-problem';
import { registerProblemChanges } from './problem-changes';
import { registerProblemReads } from './problem-reads';

/** Every problem route registration. */
export const PROBLEM_ROUTES: readonly RouteRegistration[] = [registerOpenProblem, registerProblemReads, registerProblemChanges];
