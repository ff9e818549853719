CREATE TABLE "job_failures" (
	"job_name" text NOT NULL,
	"job_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"reason" text NOT NULL,
	"attempts" integer NOT NULL,
	"failures" integer NOT NULL,
	"failed_at" timestamp with time zone NOT NULL,
	"retry_at" timestamp with time zone NOT NULL,
	CONSTRAINT "job_failures_job_name_job_id_pk" PRIMARY KEY("job_name","job_id")
);
--> statement-breakpoint
CREATE INDEX "job_failures_failed_at_idx" ON "job_failures" USING btree ("failed_at");--> statement-breakpoint
CREATE INDEX "articles_owed_fetch_idx" ON "articles" USING btree ("discovered_at") WHERE status = 'discovered';--> statement-breakpoint
CREATE INDEX "articles_owed_extract_idx" ON "articles" USING btree ("fetched_at") WHERE status = 'fetched';--> statement-breakpoint
CREATE INDEX "articles_extracted_version_idx" ON "articles" USING btree ("extractor_version") WHERE status = 'extracted';