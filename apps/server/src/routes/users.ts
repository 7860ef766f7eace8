/**
 * User administration: list, create, read one, revoke tokens. Staff accounts are personal data,
 * so reads are consultations (X-Justification, audited); creation and revocation are `admin`
 * entries written in the same transaction as the change.
 */
import { createUserRepository } from '@peel/db';
import { DomainError } from '@peel/domain';
import { z } from 'zod';
import { createUser } from '../auth/create-user';
import { newUserSchema } from '../auth/new-user';
import { callerOf } from '../authorization/caller';
import { assertRecordAccess, isRecordVisible } from '../authorization/record-access';
import type { RouteRegistration } from './peel-server';
import { toUserView, userSchema } from './user-schemas';

const idParams = z.object({ id: z.string().min(1).max(100) });

/** The access-control view of a user record: their area; they own their own record. */
const asRecord = (user: { id: string; areaId: string | null }) => ({ entityType: 'user', entityId: user.id, areaId: user.areaId, ownerIds: [user.id] });

/** Registers the user routes. */
export const registerUsers: RouteRegistration = (app) => {
  app.get(
    '/api/users',
    { schema: { summary: 'List users in the caller\'s scope', tags: ['users'], response: { 200: z.object({ users: z.array(userSchema) }) } } },
    async (request) => {
      const visible = (await app.services.users.list()).filter((user) => isRecordVisible(request, asRecord(user)));
      await request.audit.record({ action: 'consultation', entityType: 'user', details: { userIds: visible.map((user) => user.id) } });
      return { users: visible.map(toUserView) };
    },
  );

  app.post(
    '/api/users',
    { schema: { summary: 'Create a user', tags: ['users'], body: newUserSchema, response: { 201: userSchema } } },
    async (request, reply) => {
      const { principal } = callerOf(request);
      const { services } = app;
      const user = await createUser(services, request.body, principal.id);
      await services.events.publish(services.db, { type: 'user.created', entityType: 'user', entityId: user.id, areaId: user.areaId, ownerIds: [user.id] });
      return reply.code(201).send(toUserView(user));
    },
  );

  app.get(
    '/api/users/:id',
    { schema: { summary: 'One user', tags: ['users'], params: idParams, response: { 200: userSchema } } },
    async (request) => {
      const user = await app.services.users.findById(request.params.id);
      if (!user) throw new DomainError('NOT_FOUND', `user ${request.params.id} does not exist`, 'id');
      assertRecordAccess(request, asRecord(user));
      await request.audit.record({ action: 'consultation', entityType: 'user', entityId: user.id });
      return toUserView(user);
    },
  );

  app.post(
    '/api/users/:id/revoke-tokens',
    {
      schema: {
        summary: 'Sign a user out everywhere',
        description: 'Bumps the token version: every token issued to the user before stops working at once.',
        tags: ['users'],
        params: idParams,
        response: { 200: z.object({ tokenVersion: z.number().int() }) },
      },
    },
    async (request) => {
      const { principal } = callerOf(request);
      const { db, audit, events } = app.services;
      return db.transaction(async (tx) => {
        const tokenVersion = await createUserRepository(tx).revokeTokens(request.params.id);
        await audit.record(tx, { actor: principal.id, action: 'admin', entityType: 'user', entityId: request.params.id, details: { operation: 'user.revoke-tokens', tokenVersion } });
        await events.publish(tx, { type: 'user.tokens-revoked', entityType: 'user', entityId: request.params.id, areaId: null, ownerIds: [request.params.id] });
        return { tokenVersion };
      });
    },
  );
};
