ALTER TABLE "articles" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "reviewed_at" timestamp with time zone;