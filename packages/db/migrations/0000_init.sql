CREATE TABLE "article_entities" (
	"article_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"mentions" integer NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "article_entities_article_id_entity_id_pk" PRIMARY KEY("article_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "article_mentions" (
	"article_id" text NOT NULL,
	"mention_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"text" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"confidence" double precision NOT NULL,
	"value" jsonb,
	"source" text NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "article_mentions_article_id_mention_id_pk" PRIMARY KEY("article_id","mention_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"article_id" text PRIMARY KEY NOT NULL,
	"feed_id" text NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"byline" text,
	"lang" text,
	"published_at" timestamp with time zone,
	"discovered_at" timestamp with time zone NOT NULL,
	"fetched_at" timestamp with time zone,
	"status" text NOT NULL,
	"text" text,
	"text_hash" text,
	"text_source" text,
	"word_count" integer,
	"extractor_version" text,
	"last_error" text,
	"duplicate_of" text,
	"reviewed" boolean DEFAULT false NOT NULL,
	"sort_at" timestamp with time zone NOT NULL,
	"last_position" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"entity_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"article_count" integer NOT NULL,
	"mention_count" integer NOT NULL,
	"first_seen_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "entity_corrections" (
	"correction_id" text PRIMARY KEY NOT NULL,
	"article_id" text NOT NULL,
	"action" text NOT NULL,
	"mention_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"to_kind" text,
	"to_key" text,
	"to_name" text,
	"actor" text,
	"reason" text,
	"corrected_at" timestamp with time zone NOT NULL,
	"position" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"global_position" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_global_position_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"stream_id" text NOT NULL,
	"stream_version" integer NOT NULL,
	"event_id" uuid NOT NULL,
	"type" text NOT NULL,
	"schema_version" integer DEFAULT 1 NOT NULL,
	"data" jsonb NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"feed_id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"status" text NOT NULL,
	"interval_ms" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"last_polled_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"article_count" integer DEFAULT 0 NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_position" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "money_mentions" (
	"article_id" text NOT NULL,
	"mention_id" text NOT NULL,
	"text" text NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric NOT NULL,
	"amount_min" numeric,
	"amount_max" numeric,
	"approx" boolean DEFAULT false NOT NULL,
	"amount_usd" numeric,
	"country" text,
	"org" text,
	"status" text NOT NULL,
	CONSTRAINT "money_mentions_article_id_mention_id_pk" PRIMARY KEY("article_id","mention_id")
);
--> statement-breakpoint
CREATE TABLE "projection_checkpoints" (
	"name" text PRIMARY KEY NOT NULL,
	"position" bigint DEFAULT 0 NOT NULL,
	"transaction_id" "xid8" DEFAULT '0' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "article_entities_entity_idx" ON "article_entities" USING btree ("entity_id","status");--> statement-breakpoint
CREATE INDEX "article_mentions_key_idx" ON "article_mentions" USING btree ("kind","key");--> statement-breakpoint
CREATE INDEX "articles_sort_idx" ON "articles" USING btree ("sort_at","article_id");--> statement-breakpoint
CREATE INDEX "articles_feed_idx" ON "articles" USING btree ("feed_id");--> statement-breakpoint
CREATE INDEX "articles_text_hash_idx" ON "articles" USING btree ("text_hash");--> statement-breakpoint
CREATE INDEX "entities_kind_idx" ON "entities" USING btree ("kind","article_count");--> statement-breakpoint
CREATE INDEX "entity_corrections_article_idx" ON "entity_corrections" USING btree ("article_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "events_stream_version_uq" ON "events" USING btree ("stream_id","stream_version");--> statement-breakpoint
CREATE UNIQUE INDEX "events_event_id_uq" ON "events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_tx_position_idx" ON "events" USING btree ("transaction_id","global_position");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "money_mentions_country_idx" ON "money_mentions" USING btree ("country");