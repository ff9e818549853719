CREATE TABLE "country_articles" (
	"country" text NOT NULL,
	"article_id" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"money_usd_largest" numeric,
	"money_mention_id" text,
	"money_usd_sum" numeric NOT NULL,
	"co_entity_ids" text[] NOT NULL,
	CONSTRAINT "country_articles_country_article_id_pk" PRIMARY KEY("country","article_id")
);
--> statement-breakpoint
CREATE TABLE "country_entities" (
	"country" text NOT NULL,
	"entity_id" text NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"article_count" integer NOT NULL,
	CONSTRAINT "country_entities_country_entity_id_pk" PRIMARY KEY("country","entity_id")
);
--> statement-breakpoint
CREATE TABLE "country_profiles" (
	"country" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"article_count" integer NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"top_orgs" jsonb NOT NULL,
	"top_hardware" jsonb NOT NULL,
	"money_article_count" integer NOT NULL,
	"money_usd_largest" numeric,
	"money_usd_sum_of_article_largest" numeric NOT NULL,
	"money_usd_sum_of_mentions" numeric NOT NULL,
	"capacity_mw_largest" numeric
);
--> statement-breakpoint
CREATE INDEX "country_articles_article_idx" ON "country_articles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "country_articles_seen_idx" ON "country_articles" USING btree ("country","seen_at");--> statement-breakpoint
CREATE INDEX "country_articles_money_idx" ON "country_articles" USING btree ("country","money_usd_largest" DESC NULLS FIRST,"article_id") WHERE money_usd_largest IS NOT NULL;--> statement-breakpoint
CREATE INDEX "country_entities_top_idx" ON "country_entities" USING btree ("country","kind","article_count" DESC NULLS FIRST,"entity_id");