/**
 * Makes `audit_log` append-only in the database itself: a trigger refuses UPDATE, DELETE and
 * TRUNCATE whoever asks. The table's owner (or a superuser) can still disable the trigger, which
 * is why the hash chain exists too; production should also run the server as a role that is not
 * the table's owner and has only INSERT and SELECT on it.
 */

/** The idempotent statements (PostgreSQL 14+: CREATE OR REPLACE TRIGGER). Suitable for a migration as is. */
export const AUDIT_APPEND_ONLY_SQL = [
  `create or replace function peel_audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end
$$`,
  `create or replace trigger audit_log_append_only before update or delete on audit_log
  for each row execute function peel_audit_log_append_only()`,
  `create or replace trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function peel_audit_log_append_only()`,
] as const;
