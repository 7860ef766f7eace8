/** The performance routes (measures, progress report), in registration order; policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { registerPerformanceMeasures } from './measures';
import { registerProgressReport } from './progress-report';

/** Every performance route registration. */
export const PERFORMANCE_ROUTES: readonly RouteRegistration[] = [registerPerformanceMeasures, registerProgressReport];
