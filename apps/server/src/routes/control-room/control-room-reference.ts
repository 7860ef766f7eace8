/**
 * GET /api/control-room/reference: what the control room's forms offer, from the active model and
 * the domain's vocabularies — channels, grades with their targets and the clock each runs on, the
 * NSIR incident codes and qualifiers, data.police.uk categories, demand types, THRIVE+ factors
 * and ratings — so the web app holds no copy of them.
 */
import { NSIR_CODES, NSIR_QUALIFIERS, THRIVE_FACTORS, THRIVE_RATINGS } from '@peel/domain';
import { POLICE_UK_CATEGORIES } from '@peel/model';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations';
import { controlRoomReferenceSchema } from './control-room-schemas';

/** Registers GET /api/control-room/reference. */
export const registerControlRoomReference: RouteRegistration = (app) => {
  app.get(
    '/api/control-room/reference',
    { schema: { summary: 'Channels, grades, incident types and THRIVE+ for the control room\'s forms', tags: ['incidents'], response: { 200: controlRoomReferenceSchema } } },
    async () => {
      const { model } = await operationsSetup(app);
      return {
        modelId: model.id,
        channels: model.channels.map(({ id, name, kind }) => ({ id, name, kind })),
        grades: model.grades.map((grade) => ({
          grade: grade.grade,
          name: grade.name,
          response: grade.response,
          attendance: grade.attendance ? { urbanTargetMinutes: grade.attendance.urbanTargetMinutes, ruralTargetMinutes: grade.attendance.ruralTargetMinutes, clock: grade.attendance.clock } : null,
          appointmentWithinHours: grade.appointmentWithinHours ?? null,
        })),
        incidentCodes: NSIR_CODES.map(({ code, category, name }) => ({ code, category, name })),
        qualifiers: NSIR_QUALIFIERS.map(({ qualifier }) => qualifier),
        policeUkCategories: Object.entries(POLICE_UK_CATEGORIES).map(([id, name]) => ({ id, name })),
        demandTypes: model.demandTypes.map(({ id, name }) => ({ id, name })),
        thrive: { factors: [...THRIVE_FACTORS], ratings: [...THRIVE_RATINGS] },
      };
    },
  );
};
