CREATE TABLE "parked_events" (
	"projection" text NOT NULL,
	"event_id" uuid NOT NULL,
	"global_position" bigint NOT NULL,
	"stream_id" text NOT NULL,
	"type" text NOT NULL,
	"schema_version" integer NOT NULL,
	"error" text NOT NULL,
	"attempts" integer NOT NULL,
	"parked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "parked_events_projection_event_id_pk" PRIMARY KEY("projection","event_id")
);
--> statement-breakpoint
CREATE INDEX "parked_events_position_idx" ON "parked_events" USING btree ("projection","global_position");