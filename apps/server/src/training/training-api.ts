/**
 * Training mode acts through the HTTP API, in process (`app.inject`), as its own force-wide
 * controller account `training`: every call it raises and every step it takes goes through the
 * same validation, policy table, audit log and live events as a person's would, and the audit log
 * names it. Tokens are issued directly (the account has a random password nobody knows).
 */
import { randomBytes } from 'node:crypto';
import { createUser } from '../auth/create-user';
import type { PeelServer } from '../routes/peel-server';

/** The account training mode acts as. */
export const TRAINING_USERNAME = 'training';

/** An answer of the API: status and parsed JSON body. */
export interface TrainingResponse<T> {
  status: number;
  body: T;
}

/** What training mode calls. */
export interface TrainingApi {
  post<T>(url: string, payload: unknown): Promise<TrainingResponse<T>>;
  get<T>(url: string): Promise<TrainingResponse<T>>;
}

/** The `training` user (created on first use: a force-wide controller), and an API client acting as it. */
export async function createTrainingApi(app: PeelServer): Promise<TrainingApi> {
  const { users } = app.services;
  const user =
    (await users.findByUsername(TRAINING_USERNAME)) ??
    (await createUser(app.services, { username: TRAINING_USERNAME, role: 'controller', areaId: null, restrictedAccess: false, password: randomBytes(24).toString('base64url') }, 'training mode'));
  if (user.role !== 'controller' || user.areaId !== null || user.disabled) {
    throw new Error(`user "${TRAINING_USERNAME}" exists but is not an enabled force-wide controller: training mode acts as that account, so rename or fix it`);
  }
  // Tokens are short-lived; issue one per request rather than track expiry.
  const headers = async () => ({ authorization: `Bearer ${(await app.services.tokens.issue(user)).token}` });
  return {
    async post<T>(url: string, payload: unknown) {
      const response = await app.inject({ method: 'POST', url, headers: await headers(), payload: payload as Record<string, unknown> });
      return { status: response.statusCode, body: response.json() as T };
    },
    async get<T>(url: string) {
      const response = await app.inject({ method: 'GET', url, headers: await headers() });
      return { status: response.statusCode, body: response.json() as T };
    },
  };
}
