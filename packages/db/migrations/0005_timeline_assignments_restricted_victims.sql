ALTER TABLE "incident_events" DROP CONSTRAINT "incident_events_type_known";--> statement-breakpoint
ALTER TABLE "victims" ADD COLUMN "restricted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_type_known" CHECK ("incident_events"."type" in ('created', 'assessed', 'graded', 'regraded', 'routed', 'assignment'));