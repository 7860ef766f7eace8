CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"unit_id" text NOT NULL,
	"incident_id" text NOT NULL,
	"dispatched_at" timestamp with time zone NOT NULL,
	"en_route_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "assignments_end_reason_iff_ended" CHECK (("assignments"."end_reason" is null) = ("assignments"."ended_at" is null)),
	CONSTRAINT "assignments_end_reason_known" CHECK ("assignments"."end_reason" in ('cleared', 'stood-down'))
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"case_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"id" text NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"suspect_id" text,
	"note" text,
	CONSTRAINT "case_events_pkey" PRIMARY KEY("case_id","sequence"),
	CONSTRAINT "case_events_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "case_handoffs" (
	"case_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"from_officer_id" text NOT NULL,
	"from_team_id" text,
	"to_officer_id" text NOT NULL,
	"to_team_id" text,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	CONSTRAINT "case_handoffs_pkey" PRIMARY KEY("case_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "case_outcomes" (
	"case_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"type" integer NOT NULL,
	"claim" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "case_outcomes_pkey" PRIMARY KEY("case_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "case_status_changes" (
	"case_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"reason" text,
	CONSTRAINT "case_status_changes_pkey" PRIMARY KEY("case_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "case_suspects" (
	"case_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"name" text NOT NULL,
	"date_of_birth" date,
	"status" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"eliminated_at" timestamp with time zone,
	"elimination_reason" text,
	CONSTRAINT "case_suspects_pkey" PRIMARY KEY("case_id","id"),
	CONSTRAINT "case_suspects_status_known" CHECK ("case_suspects"."status" in ('named', 'eliminated'))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"offence_type" text NOT NULL,
	"area" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"ward_code" text,
	"lsoa_code" text,
	"location_description" text,
	"committed_on" date,
	"owner_officer_id" text NOT NULL,
	"owner_team_id" text,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text NOT NULL,
	"current_outcome" integer,
	"version" integer NOT NULL,
	CONSTRAINT "cases_status_known" CHECK ("cases"."status" in ('allocated', 'investigating', 'awaiting-decision', 'finalised')),
	CONSTRAINT "cases_version_positive" CHECK ("cases"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "incident_assessments" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"assessed_by" text NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	"suggested_grade" integer NOT NULL,
	"factors" jsonb NOT NULL,
	"repeat_victim" jsonb NOT NULL,
	"repeat_location" jsonb NOT NULL,
	"right_care" jsonb NOT NULL,
	"suggestion" jsonb NOT NULL,
	CONSTRAINT "incident_assessments_incident_sequence_unique" UNIQUE("incident_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"incident_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"details" jsonb NOT NULL,
	CONSTRAINT "incident_events_pkey" PRIMARY KEY("incident_id","sequence"),
	CONSTRAINT "incident_events_sequence_positive" CHECK ("incident_events"."sequence" >= 1),
	CONSTRAINT "incident_events_created_first" CHECK (("incident_events"."sequence" = 1) = ("incident_events"."type" = 'created')),
	CONSTRAINT "incident_events_type_known" CHECK ("incident_events"."type" in ('created', 'assessed', 'graded', 'regraded', 'routed'))
);
--> statement-breakpoint
CREATE TABLE "incident_grade_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"grade" integer NOT NULL,
	"grade_name" text NOT NULL,
	"response" text NOT NULL,
	"suggested_grade" integer NOT NULL,
	"assessment_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"previous_grade" integer,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"target" jsonb,
	CONSTRAINT "incident_grade_decisions_incident_sequence_unique" UNIQUE("incident_id","sequence"),
	CONSTRAINT "incident_grade_decisions_decision_known" CHECK ("incident_grade_decisions"."decision" in ('confirmed', 'overridden'))
);
--> statement-breakpoint
CREATE TABLE "incident_people" (
	"incident_id" text NOT NULL,
	"role" text NOT NULL,
	"name" text,
	"phone" text,
	"name_key" text,
	"phone_key" text,
	CONSTRAINT "incident_people_pkey" PRIMARY KEY("incident_id","role"),
	CONSTRAINT "incident_people_role_known" CHECK ("incident_people"."role" in ('caller', 'victim'))
);
--> statement-breakpoint
CREATE TABLE "incident_reports" (
	"incident_id" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"location_description" text
);
--> statement-breakpoint
CREATE TABLE "incident_routing_decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"route" text NOT NULL,
	"rule_id" text NOT NULL,
	"rationale" text,
	"team_id" text,
	"team_kind" text,
	"roles" text[] NOT NULL,
	"partner" jsonb,
	"grade" integer NOT NULL,
	"assessment_id" text NOT NULL,
	"right_care" jsonb NOT NULL,
	"skipped_rules" jsonb NOT NULL,
	"warnings" text[] NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "incident_routing_decisions_incident_sequence_unique" UNIQUE("incident_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"model_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"channel_name" text NOT NULL,
	"channel_kind" text NOT NULL,
	"call_answered_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"lsoa_code" text,
	"lsoa_name" text,
	"ward_code" text,
	"ward_name" text,
	"area_id" text,
	"urban_rural" text,
	"incident_category" text NOT NULL,
	"incident_code" text NOT NULL,
	"qualifiers" text[] NOT NULL,
	"police_uk_category" text,
	"demand_type_id" text NOT NULL,
	"tags" text[] NOT NULL,
	CONSTRAINT "incidents_urban_rural_known" CHECK ("incidents"."urban_rural" in ('urban', 'rural')),
	CONSTRAINT "incidents_point_valid" CHECK ("incidents"."lat" between -90 and 90 and "incidents"."lon" between -180 and 180),
	CONSTRAINT "incidents_lsoa_name_needs_code" CHECK ("incidents"."lsoa_name" is null or "incidents"."lsoa_code" is not null),
	CONSTRAINT "incidents_ward_name_needs_code" CHECK ("incidents"."ward_name" is null or "incidents"."ward_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "problem_linked_incidents" (
	"problem_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"incident_id" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	CONSTRAINT "problem_linked_incidents_pkey" PRIMARY KEY("problem_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "problem_stage_changes" (
	"problem_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL,
	"note" text,
	CONSTRAINT "problem_stage_changes_pkey" PRIMARY KEY("problem_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "problem_tasks" (
	"problem_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"title" text NOT NULL,
	"assignee_kind" text NOT NULL,
	"assignee_id" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" text NOT NULL,
	"basis" text NOT NULL,
	"allowed_working_days" integer,
	"due_date" date NOT NULL,
	"due_by" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"done_on_time" boolean,
	"note" text,
	CONSTRAINT "problem_tasks_pkey" PRIMARY KEY("problem_id","id"),
	CONSTRAINT "problem_tasks_assignee_kind_known" CHECK ("problem_tasks"."assignee_kind" in ('partner', 'officer')),
	CONSTRAINT "problem_tasks_status_known" CHECK ("problem_tasks"."status" in ('open', 'done', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"issue" text NOT NULL,
	"location_description" text NOT NULL,
	"ward_code" text NOT NULL,
	"area" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"owner_id" text NOT NULL,
	"stage" text NOT NULL,
	"partner_ids" text[] NOT NULL,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"opened_by" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closure_summary" text,
	"version" integer NOT NULL,
	CONSTRAINT "problems_stage_known" CHECK ("problems"."stage" in ('scanning', 'analysis', 'response', 'assessment')),
	CONSTRAINT "problems_status_known" CHECK ("problems"."status" in ('open', 'closed')),
	CONSTRAINT "problems_point_whole" CHECK (("problems"."lat" is null) = ("problems"."lon" is null)),
	CONSTRAINT "problems_version_positive" CHECK ("problems"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "unit_officers" (
	"unit_id" text NOT NULL,
	"ordinal" integer NOT NULL,
	"officer_id" text NOT NULL,
	"role" text NOT NULL,
	"skills" text[],
	"on_duty" boolean NOT NULL,
	CONSTRAINT "unit_officers_pkey" PRIMARY KEY("unit_id","ordinal")
);
--> statement-breakpoint
CREATE TABLE "unit_status_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_status_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"unit_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"incident_id" text
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" text PRIMARY KEY NOT NULL,
	"call_sign" text NOT NULL,
	"team_id" text NOT NULL,
	"team_kind" text NOT NULL,
	"area_id" text NOT NULL,
	"relief" integer,
	"shift_id" text,
	"roles" text[] NOT NULL,
	"powers" text[] NOT NULL,
	"skills" text[] NOT NULL,
	"officer_count" integer NOT NULL,
	"status" text NOT NULL,
	"status_since" timestamp with time zone NOT NULL,
	"incident_id" text,
	"position_lat" double precision,
	"position_lon" double precision,
	"position_at" timestamp with time zone,
	"booked_on_at" timestamp with time zone NOT NULL,
	CONSTRAINT "units_status_known" CHECK ("units"."status" in ('available', 'dispatched', 'en-route', 'on-scene', 'committed', 'off-duty')),
	CONSTRAINT "units_incident_iff_live" CHECK (("units"."incident_id" is not null) = ("units"."status" in ('dispatched', 'en-route', 'on-scene'))),
	CONSTRAINT "units_position_whole" CHECK (("units"."position_lat" is null) = ("units"."position_lon" is null) and ("units"."position_lat" is null) = ("units"."position_at" is null)),
	CONSTRAINT "units_officer_count_positive" CHECK ("units"."officer_count" >= 1)
);
--> statement-breakpoint
CREATE TABLE "victim_duties" (
	"id" text PRIMARY KEY NOT NULL,
	"victim_id" text NOT NULL,
	"case_id" text NOT NULL,
	"kind" text NOT NULL,
	"event_id" text,
	"event_kind" text,
	"basis" text NOT NULL,
	"allowed_days" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"due_by" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"met_at" timestamp with time zone,
	"met_by_update_id" text,
	"met_on_time" boolean,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	CONSTRAINT "victim_duties_kind_known" CHECK ("victim_duties"."kind" in ('event-notification', 'periodic-update')),
	CONSTRAINT "victim_duties_status_known" CHECK ("victim_duties"."status" in ('open', 'met', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "victim_updates" (
	"id" text PRIMARY KEY NOT NULL,
	"victim_id" text NOT NULL,
	"case_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"by" text NOT NULL,
	"summary" text NOT NULL,
	"duty_ids" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "victims" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"name" text NOT NULL,
	"enhanced_rights" text[] NOT NULL,
	"contract_every_days" integer NOT NULL,
	"contract_channel" text NOT NULL,
	"contract_agreed_with_victim" boolean NOT NULL,
	"contract_opted_out" boolean NOT NULL,
	"contract_since" timestamp with time zone NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_by" text NOT NULL,
	"last_contact_at" timestamp with time zone NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "victims_every_days_positive" CHECK ("victims"."contract_every_days" >= 1),
	CONSTRAINT "victims_version_positive" CHECK ("victims"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_handoffs" ADD CONSTRAINT "case_handoffs_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_outcomes" ADD CONSTRAINT "case_outcomes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_status_changes" ADD CONSTRAINT "case_status_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_suspects" ADD CONSTRAINT "case_suspects_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assessments" ADD CONSTRAINT "incident_assessments_event_fk" FOREIGN KEY ("incident_id","sequence") REFERENCES "public"."incident_events"("incident_id","sequence") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_grade_decisions" ADD CONSTRAINT "incident_grade_decisions_event_fk" FOREIGN KEY ("incident_id","sequence") REFERENCES "public"."incident_events"("incident_id","sequence") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_people" ADD CONSTRAINT "incident_people_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_routing_decisions" ADD CONSTRAINT "incident_routing_decisions_event_fk" FOREIGN KEY ("incident_id","sequence") REFERENCES "public"."incident_events"("incident_id","sequence") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_linked_incidents" ADD CONSTRAINT "problem_linked_incidents_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_stage_changes" ADD CONSTRAINT "problem_stage_changes_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_tasks" ADD CONSTRAINT "problem_tasks_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_officers" ADD CONSTRAINT "unit_officers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_status_events" ADD CONSTRAINT "unit_status_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assignments_one_live_per_unit" ON "assignments" USING btree ("unit_id") WHERE "assignments"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "assignments_incident_idx" ON "assignments" USING btree ("incident_id","dispatched_at");--> statement-breakpoint
CREATE INDEX "case_handoffs_at_idx" ON "case_handoffs" USING btree ("at");--> statement-breakpoint
CREATE INDEX "case_outcomes_type_idx" ON "case_outcomes" USING btree ("type");--> statement-breakpoint
CREATE INDEX "cases_owner_idx" ON "cases" USING btree ("owner_officer_id");--> statement-breakpoint
CREATE INDEX "cases_area_idx" ON "cases" USING btree ("area","status");--> statement-breakpoint
CREATE INDEX "cases_incident_idx" ON "cases" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "cases_opened_at_idx" ON "cases" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "incident_people_phone_key_idx" ON "incident_people" USING btree ("phone_key");--> statement-breakpoint
CREATE INDEX "incident_people_name_key_idx" ON "incident_people" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "incidents_created_at_idx" ON "incidents" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "incidents_lat_lon_idx" ON "incidents" USING btree ("lat","lon");--> statement-breakpoint
CREATE INDEX "incidents_area_created_at_idx" ON "incidents" USING btree ("area_id","created_at");--> statement-breakpoint
CREATE INDEX "problem_linked_incidents_incident_idx" ON "problem_linked_incidents" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "problem_tasks_open_due_idx" ON "problem_tasks" USING btree ("due_by") WHERE "problem_tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "problems_area_idx" ON "problems" USING btree ("area","status");--> statement-breakpoint
CREATE INDEX "problems_ward_idx" ON "problems" USING btree ("ward_code","status");--> statement-breakpoint
CREATE INDEX "problems_owner_idx" ON "problems" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "unit_officers_on_duty_unique" ON "unit_officers" USING btree ("officer_id") WHERE "unit_officers"."on_duty";--> statement-breakpoint
CREATE INDEX "unit_status_events_unit_idx" ON "unit_status_events" USING btree ("unit_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "units_call_sign_on_duty_unique" ON "units" USING btree ("call_sign") WHERE "units"."status" <> 'off-duty';--> statement-breakpoint
CREATE INDEX "units_team_on_duty_idx" ON "units" USING btree ("team_id") WHERE "units"."status" <> 'off-duty';--> statement-breakpoint
CREATE INDEX "victim_duties_case_idx" ON "victim_duties" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "victim_duties_victim_idx" ON "victim_duties" USING btree ("victim_id");--> statement-breakpoint
CREATE INDEX "victim_duties_open_due_idx" ON "victim_duties" USING btree ("due_by") WHERE "victim_duties"."status" = 'open';--> statement-breakpoint
CREATE INDEX "victim_updates_victim_idx" ON "victim_updates" USING btree ("victim_id","at");--> statement-breakpoint
CREATE INDEX "victim_updates_case_idx" ON "victim_updates" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "victims_case_idx" ON "victims" USING btree ("case_id");--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): the records the domain only ever appends
-- refuse UPDATE and DELETE in the database itself, whoever asks.
CREATE OR REPLACE FUNCTION peel_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "incidents_append_only" BEFORE UPDATE OR DELETE ON "incidents" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "incident_events_append_only" BEFORE UPDATE OR DELETE ON "incident_events" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "incident_assessments_append_only" BEFORE UPDATE OR DELETE ON "incident_assessments" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "incident_grade_decisions_append_only" BEFORE UPDATE OR DELETE ON "incident_grade_decisions" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "incident_routing_decisions_append_only" BEFORE UPDATE OR DELETE ON "incident_routing_decisions" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "unit_status_events_append_only" BEFORE UPDATE OR DELETE ON "unit_status_events" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "case_handoffs_append_only" BEFORE UPDATE OR DELETE ON "case_handoffs" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "case_status_changes_append_only" BEFORE UPDATE OR DELETE ON "case_status_changes" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "case_events_append_only" BEFORE UPDATE OR DELETE ON "case_events" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "case_outcomes_append_only" BEFORE UPDATE OR DELETE ON "case_outcomes" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "victim_updates_append_only" BEFORE UPDATE OR DELETE ON "victim_updates" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "problem_stage_changes_append_only" BEFORE UPDATE OR DELETE ON "problem_stage_changes" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "problem_linked_incidents_append_only" BEFORE UPDATE OR DELETE ON "problem_linked_incidents" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();
