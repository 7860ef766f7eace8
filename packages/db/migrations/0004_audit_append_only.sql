-- audit_log is append-only in the database too (DPA 2018 s.62 logs must not be altered):
-- the same statements packages/db/src/audit-append-only.ts installs at server start-up.
create or replace function peel_audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end
$$;
--> statement-breakpoint
create or replace trigger audit_log_append_only before update or delete on audit_log
  for each row execute function peel_audit_log_append_only();
--> statement-breakpoint
create or replace trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function peel_audit_log_append_only();
