CREATE TABLE "boundaries" (
	"level" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district" text,
	"vintage" text,
	"import_id" integer NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lon" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lon" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"centroid_lon" double precision NOT NULL,
	"centroid_lat" double precision NOT NULL,
	"area_km2" double precision NOT NULL,
	CONSTRAINT "boundaries_pkey" PRIMARY KEY("level","code"),
	CONSTRAINT "boundaries_level_known" CHECK ("boundaries"."level" in ('lsoa', 'ward')),
	CONSTRAINT "boundaries_area_non_negative" CHECK ("boundaries"."area_km2" >= 0)
);
--> statement-breakpoint
ALTER TABLE "calls_for_service" ADD COLUMN "ward_code" text;--> statement-breakpoint
ALTER TABLE "calls_for_service" ADD COLUMN "matched_lsoa_code" text;--> statement-breakpoint
ALTER TABLE "calls_for_service" ADD COLUMN "geo_match" text;--> statement-breakpoint
ALTER TABLE "crime_records" ADD COLUMN "matched_lsoa_code" text;--> statement-breakpoint
ALTER TABLE "crime_records" ADD COLUMN "geo_match" text;--> statement-breakpoint
ALTER TABLE "boundaries" ADD CONSTRAINT "boundaries_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "boundaries_district_idx" ON "boundaries" USING btree ("district");--> statement-breakpoint
ALTER TABLE "calls_for_service" ADD CONSTRAINT "calls_for_service_geo_match_known" CHECK ("calls_for_service"."geo_match" is null or "calls_for_service"."geo_match" in ('code', 'geometry', 'none'));--> statement-breakpoint
ALTER TABLE "crime_records" ADD CONSTRAINT "crime_records_geo_match_known" CHECK ("crime_records"."geo_match" is null or "crime_records"."geo_match" in ('code', 'geometry', 'none'));