-- Durable messages: deadlines scheduled for later and outbox entries due at once share one table.
-- A message is written in the same transaction as the change that causes it, and is handled once
-- even with several server nodes: runners claim due rows with FOR UPDATE SKIP LOCKED.
CREATE SCHEMA IF NOT EXISTS messaging;

CREATE TABLE messaging.messages (
    id                  uuid        PRIMARY KEY,
    kind                text        NOT NULL,
    payload             jsonb       NOT NULL,
    due_at              timestamptz NOT NULL,
    -- Scheduling the same deadline again (same key) moves it instead of adding a second one.
    deduplication_key   text        UNIQUE,
    attempts            integer     NOT NULL DEFAULT 0,
    last_error          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    handled_at          timestamptz,
    handled_by          text,
    -- Set aside after the last failed attempt; kept for people to look at.
    dead_at             timestamptz
);

CREATE INDEX messages_due ON messaging.messages (due_at) WHERE handled_at IS NULL AND dead_at IS NULL;
