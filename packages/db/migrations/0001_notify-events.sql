-- Subscribers wake on this notification and then read the log; it carries no
-- payload because the log itself is what they read.
CREATE OR REPLACE FUNCTION wirelog_notify_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('wirelog_events', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH STATEMENT EXECUTE FUNCTION wirelog_notify_events();
--> statement-breakpoint
-- Duplicate detection looks up fetched articles by the hash of their text.
CREATE INDEX events_text_hash_idx ON events ((data->>'textHash')) WHERE type = 'ArticleFetched';
