CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"justification" text,
	"recipients" jsonb,
	"details" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_action_known" CHECK ("audit_log"."action" in ('collection', 'alteration', 'consultation', 'disclosure', 'combination', 'erasure', 'login', 'login-failed', 'access-denied', 'admin')),
	CONSTRAINT "audit_log_seq_positive" CHECK ("audit_log"."seq" >= 1),
	CONSTRAINT "audit_log_hash_format" CHECK ("audit_log"."hash" ~ '^[0-9a-f]{64}$' and "audit_log"."prev_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"area_id" text,
	"restricted_access" boolean DEFAULT false NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"token_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_known" CHECK ("users"."role" in ('call-handler', 'controller', 'response-officer', 'pcso', 'investigator', 'supervisor', 'analyst', 'admin'))
);
