CREATE TABLE "calls_for_service" (
	"import_id" integer NOT NULL,
	"line_number" integer NOT NULL,
	"source_call_id" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"call_type" text NOT NULL,
	"priority" text NOT NULL,
	"grade" integer,
	"latitude" double precision,
	"longitude" double precision,
	"location_code" text,
	"area_id" text,
	"dispatched_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"cleared_at" timestamp with time zone,
	"time_spent_minutes" double precision,
	"disposition" text,
	CONSTRAINT "calls_for_service_pkey" PRIMARY KEY("import_id","line_number"),
	CONSTRAINT "calls_for_service_grade_positive" CHECK ("calls_for_service"."grade" is null or "calls_for_service"."grade" >= 1),
	CONSTRAINT "calls_for_service_time_spent_non_negative" CHECK ("calls_for_service"."time_spent_minutes" is null or "calls_for_service"."time_spent_minutes" >= 0),
	CONSTRAINT "calls_for_service_line_number_positive" CHECK ("calls_for_service"."line_number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "crime_records" (
	"import_id" integer NOT NULL,
	"line_number" integer NOT NULL,
	"crime_id" text,
	"month" text NOT NULL,
	"reported_by" text NOT NULL,
	"falls_within" text NOT NULL,
	"longitude" double precision,
	"latitude" double precision,
	"has_location" boolean NOT NULL,
	"location" text NOT NULL,
	"lsoa_code" text,
	"lsoa_name" text,
	"crime_type" text NOT NULL,
	"category" text NOT NULL,
	"last_outcome" text,
	"context" text,
	"area_id" text,
	"ward_code" text,
	CONSTRAINT "crime_records_pkey" PRIMARY KEY("import_id","line_number"),
	CONSTRAINT "crime_records_month_format" CHECK ("crime_records"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "crime_records_category_known" CHECK ("crime_records"."category" in ('anti-social-behaviour', 'bicycle-theft', 'burglary', 'criminal-damage-arson', 'drugs', 'other-crime', 'other-theft', 'possession-of-weapons', 'public-order', 'robbery', 'shoplifting', 'theft-from-the-person', 'vehicle-crime', 'violent-crime')),
	CONSTRAINT "crime_records_has_location_matches" CHECK ("crime_records"."has_location" = ("crime_records"."longitude" is not null and "crime_records"."latitude" is not null)),
	CONSTRAINT "crime_records_line_number_positive" CHECK ("crime_records"."line_number" >= 1)
);
--> statement-breakpoint
CREATE TABLE "import_rejections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "import_rejections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"import_id" integer NOT NULL,
	"line" integer NOT NULL,
	"column" text,
	"reason" text NOT NULL,
	CONSTRAINT "import_rejections_line_positive" CHECK ("import_rejections"."line" >= 1)
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "imports_kind_content_hash_unique" UNIQUE("kind","content_hash"),
	CONSTRAINT "imports_kind_known" CHECK ("imports"."kind" in ('police-uk-crime', 'calls-for-service', 'boundaries')),
	CONSTRAINT "imports_status_known" CHECK ("imports"."status" in ('running', 'complete')),
	CONSTRAINT "imports_content_hash_sha256" CHECK ("imports"."content_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "imports_rows_non_negative" CHECK ("imports"."rows_read" >= 0 and "imports"."rows_imported" >= 0 and "imports"."rows_rejected" >= 0),
	CONSTRAINT "imports_complete_reconciles" CHECK ("imports"."status" <> 'complete' or ("imports"."finished_at" is not null and "imports"."rows_read" = "imports"."rows_imported" + "imports"."rows_rejected"))
);
--> statement-breakpoint
CREATE TABLE "policing_model_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policing_model_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"model_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"source_path" text NOT NULL,
	"document" jsonb NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policing_model_versions_model_id_content_hash_unique" UNIQUE("model_id","content_hash"),
	CONSTRAINT "policing_model_versions_content_hash_sha256" CHECK ("policing_model_versions"."content_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "policing_models" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"current_content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policing_models_current_content_hash_sha256" CHECK ("policing_models"."current_content_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "calls_for_service" ADD CONSTRAINT "calls_for_service_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_records" ADD CONSTRAINT "crime_records_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rejections" ADD CONSTRAINT "import_rejections_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policing_model_versions" ADD CONSTRAINT "policing_model_versions_model_id_policing_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."policing_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_for_service_received_at_idx" ON "calls_for_service" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "calls_for_service_area_id_received_at_idx" ON "calls_for_service" USING btree ("area_id","received_at");--> statement-breakpoint
CREATE INDEX "crime_records_area_id_month_idx" ON "crime_records" USING btree ("area_id","month");--> statement-breakpoint
CREATE INDEX "crime_records_month_category_idx" ON "crime_records" USING btree ("month","category");--> statement-breakpoint
CREATE INDEX "crime_records_lsoa_code_idx" ON "crime_records" USING btree ("lsoa_code");--> statement-breakpoint
CREATE INDEX "import_rejections_import_id_line_idx" ON "import_rejections" USING btree ("import_id","line");--> statement-breakpoint
CREATE INDEX "policing_model_versions_model_id_loaded_at_idx" ON "policing_model_versions" USING btree ("model_id","loaded_at");