CREATE TABLE "capacity_mentions" (
	"article_id" text NOT NULL,
	"mention_id" text NOT NULL,
	"text" text NOT NULL,
	"mw" numeric,
	"mw_min" numeric,
	"mw_max" numeric,
	"approx" boolean DEFAULT false NOT NULL,
	"country" text,
	"org" text,
	"status" text NOT NULL,
	CONSTRAINT "capacity_mentions_article_id_mention_id_pk" PRIMARY KEY("article_id","mention_id")
);
--> statement-breakpoint
ALTER TABLE "money_mentions" ALTER COLUMN "amount" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "country_articles" ADD COLUMN "capacity_mw_largest" numeric;--> statement-breakpoint
CREATE INDEX "capacity_mentions_country_idx" ON "capacity_mentions" USING btree ("country");--> statement-breakpoint
CREATE INDEX "country_articles_capacity_idx" ON "country_articles" USING btree ("country","capacity_mw_largest" DESC NULLS FIRST) WHERE capacity_mw_largest IS NOT NULL;