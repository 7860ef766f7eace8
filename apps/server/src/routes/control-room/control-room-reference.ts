/**
 * GET /api/control-room/reference: what the control room's and the neighbourhoods' forms offer,
 * from the active model and the domain's vocabularies — channels, grades with their targets and
 * the clock each runs on, the NSIR incident codes and qualifiers, data.police.uk categories,
 * demand types, THRIVE+ factors and ratings, partner agencies with their SLAs, and the SARA
 * stages with the moves allowed from each — so the web app holds no copy of them. Nothing here is
 * personal or restricted: every role may read it.
 */
import { canMoveSara, NSIR_CODES, NSIR_QUALIFIERS, SARA_STAGES, THRIVE_FACTORS, THRIVE_RATINGS } from '@peel/domain';
import { POLICE_UK_CATEGORIES } from '@peel/model';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations';
import { controlRoomReferenceSchema } from './control-room-schemas';

/** Registers GET /api/control-room/reference. */
export const registerControlRoomReference: RouteRegistration = (app) => {
  app.get(
    '/api/control-room/reference',
    { schema: { summary: 'Channels, grades, incident types, THRIVE+, partners and SARA stages for the forms', tags: ['incidents'], response: { 200: controlRoomReferenceSchema } } },
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
        partners: (model.partners ?? []).map((partner) => ({ id: partner.id, name: partner.name, kind: partner.kind, slaResponseWorkingDays: partner.slaResponseWorkingDays ?? null })),
        sara: SARA_STAGES.map((stage) => ({ stage, next: SARA_STAGES.filter((to) => canMoveSara(stage, to)) })),
      };
    },
  );
};
