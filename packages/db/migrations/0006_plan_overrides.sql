CREATE TABLE "plan_override_withdrawals" (
	"override_id" integer PRIMARY KEY NOT NULL,
	"withdrawn_by" text NOT NULL,
	"reason" text NOT NULL,
	"withdrawn_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_override_withdrawals_reason_given" CHECK (length(trim("plan_override_withdrawals"."reason")) > 0),
	CONSTRAINT "plan_override_withdrawals_by_given" CHECK (length(trim("plan_override_withdrawals"."withdrawn_by")) > 0)
);
--> statement-breakpoint
CREATE TABLE "plan_overrides" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plan_overrides_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"model_id" text NOT NULL,
	"scenario_id" text,
	"area_id" text,
	"team_id" text,
	"role" text NOT NULL,
	"delta" integer NOT NULL,
	"reason" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_overrides_delta_not_zero" CHECK ("plan_overrides"."delta" <> 0),
	CONSTRAINT "plan_overrides_names_a_cell" CHECK ("plan_overrides"."area_id" is not null or "plan_overrides"."team_id" is not null),
	CONSTRAINT "plan_overrides_reason_given" CHECK (length(trim("plan_overrides"."reason")) > 0),
	CONSTRAINT "plan_overrides_created_by_given" CHECK (length(trim("plan_overrides"."created_by")) > 0)
);
--> statement-breakpoint
ALTER TABLE "plan_override_withdrawals" ADD CONSTRAINT "plan_override_withdrawals_override_id_plan_overrides_id_fk" FOREIGN KEY ("override_id") REFERENCES "public"."plan_overrides"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_overrides_model_id_idx" ON "plan_overrides" USING btree ("model_id","id");--> statement-breakpoint
-- Hand-written (drizzle-kit does not model triggers): an override and its withdrawal are never
-- edited or deleted, whoever asks (peel_refuse_change comes from 0003).
CREATE TRIGGER "plan_overrides_append_only" BEFORE UPDATE OR DELETE ON "plan_overrides" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();--> statement-breakpoint
CREATE TRIGGER "plan_override_withdrawals_append_only" BEFORE UPDATE OR DELETE ON "plan_override_withdrawals" FOR EACH ROW EXECUTE FUNCTION peel_refuse_change();
