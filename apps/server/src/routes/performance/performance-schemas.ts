/** The response schema of GET /api/performance/measures (times as ISO strings), for validation and OpenAPI. */
import { z } from 'zod';

const rate = z.number().nullable();
const proportion = z.object({ successes: z.number().int(), total: z.number().int(), rate, lower: rate, upper: rate }).describe('Count, rate and 95 % Wilson interval');
const sample = z
  .object({ count: z.number().int(), mean: rate, lower: rate, upper: rate, median: rate, p90: rate, variance: rate })
  .describe('Sample size, mean with 95 % t interval, median, 90th percentile');

const attendance = z.object({
  grade: z.number().int(),
  gradeName: z.string(),
  urbanRural: z.enum(['urban', 'rural']),
  clock: z.enum(['call-answered', 'graded', 'dispatched']).describe('The event the target runs from'),
  targetMinutes: z.array(z.number()),
  targetPercent: rate,
  compliance: proportion,
  pending: z.number().int(),
  classAssumed: z.number().int(),
  responseMinutes: sample,
});

const periodMeasures = z.object({
  attendance: z.array(attendance),
  handoffs: z.object({ cases: z.number().int(), handoffs: z.number().int(), perCase: sample, max: rate, maxCaseId: z.string().nullable(), singleOwner: proportion }),
  endToEnd: z.object({ hours: sample, open: z.number().int(), withoutCall: z.number().int() }),
  resolutionCentre: z.object({
    routed: z.number().int(),
    resolution: proportion,
    passedOn: z.number().int(),
    resolutionPending: z.number().int(),
    resolutionTargetPercent: rate,
    contactWithinHours: z.number(),
    contact: proportion,
    contactPending: z.number().int(),
    withoutVictim: z.number().int(),
    contactTargetPercent: rate,
  }),
  callAbandonment: z.object({ recorded: z.literal(false), reason: z.string(), targets: z.array(z.object({ channelId: z.string(), name: z.string(), targetPercent: z.number() })) }),
  victimUpdates: z.object({ compliance: proportion, pending: z.number().int(), withdrawn: z.number().int(), eventNotifications: proportion, periodicUpdates: proportion, targetPercent: rate }),
});

const status = z.enum(['meets-target', 'below-target', 'no-target', 'no-data', 'not-recorded', 'planned']);
const headline = z.object({ id: z.string(), label: z.string(), value: rate, display: z.string(), detail: z.string(), targetPercent: rate, status });
const comparisonRow = z.object({ id: z.string(), label: z.string(), before: z.string(), after: z.string(), change: z.string(), interval: z.string(), significant: z.boolean().nullable(), note: z.string() });
const difference = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(['proportion', 'mean']),
  unit: z.enum(['proportion', 'hours', 'handoffs']),
  before: rate,
  after: rate,
  beforeCount: z.number().int(),
  afterCount: z.number().int(),
  difference: rate,
  lower: rate,
  upper: rate,
  significant: z.boolean().nullable(),
  note: z.string(),
});

/** GET /api/performance/measures. */
export const performanceResponseSchema = z.object({
  modelId: z.string(),
  force: z.string(),
  from: z.string().describe('Start of the window (instant)'),
  to: z.string().describe('End of the window, excluded (instant)'),
  fromDate: z.string(),
  toDate: z.string(),
  areaId: z.string().nullable(),
  computedAt: z.string(),
  headlines: z.array(headline),
  measures: periodMeasures,
  areas: z.array(z.object({ areaId: z.string().nullable(), name: z.string(), headlines: z.array(headline), measures: periodMeasures })),
  abstraction: z.object({
    source: z.literal('model'),
    totalPercent: z.number(),
    causes: z.array(z.object({ cause: z.string(), percent: z.number() })),
    teams: z.array(z.object({ teamId: z.string(), name: z.string(), totalPercent: z.number() })),
  }),
  comparison: z
    .object({ date: z.string().describe('The comparison day'), splitAt: z.string(), rows: z.array(comparisonRow), differences: z.array(difference), before: periodMeasures, after: periodMeasures })
    .nullable(),
  trend: z
    .array(z.object({ from: z.string(), to: z.string(), values: z.array(z.object({ id: z.string(), value: rate, count: z.number().int() })) }))
    .describe('Each headline measure week by week (longer steps for a long window)'),
  definitions: z.array(z.object({ title: z.string(), text: z.string() })),
});
