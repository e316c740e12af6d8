-- Event store: streams, immutable events with a per-stream hash chain, idempotency records,
-- and the bookkeeping of the asynchronous projection daemon.
CREATE SCHEMA IF NOT EXISTS eventstore;

CREATE TABLE eventstore.streams (
    id          uuid        PRIMARY KEY,
    type        text        NOT NULL,
    version     bigint      NOT NULL CHECK (version >= 0),
    last_hash   bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- No foreign key to streams: every append writes the stream row in the same transaction, a key check
-- per event cost a fifth of batch throughput, and verification reports an event without its stream row.
CREATE TABLE eventstore.events (
    seq             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id       uuid        NOT NULL,
    version         bigint      NOT NULL CHECK (version >= 1),
    type            text        NOT NULL,
    schema_version  integer     NOT NULL CHECK (schema_version >= 1),
    data            jsonb       NOT NULL,
    metadata        jsonb       NOT NULL,
    created_at      timestamptz NOT NULL,
    -- The inserting transaction: the daemon only reads events of transactions that can no longer
    -- be in flight, so a late commit with a lower sequence number is never skipped.
    tx_id           xid8        NOT NULL DEFAULT pg_current_xact_id(),
    hash            bytea       NOT NULL,
    previous_hash   bytea       NOT NULL,
    CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version)
);

CREATE INDEX events_by_transaction ON eventstore.events (tx_id, seq);

CREATE FUNCTION eventstore.refuse_event_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'eventstore.events is append-only: % is refused because events are immutable', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER events_refuse_update_delete
    BEFORE UPDATE OR DELETE ON eventstore.events
    FOR EACH STATEMENT EXECUTE FUNCTION eventstore.refuse_event_change();

CREATE TRIGGER events_refuse_truncate
    BEFORE TRUNCATE ON eventstore.events
    FOR EACH STATEMENT EXECUTE FUNCTION eventstore.refuse_event_change();

-- One row per command id: a repeated command returns the first call's result and writes nothing.
CREATE TABLE eventstore.command_log (
    command_id  uuid        PRIMARY KEY,
    result      jsonb       NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- Position of each asynchronous projection: the last (transaction, sequence) pair applied.
CREATE TABLE eventstore.projection_checkpoints (
    name        text        PRIMARY KEY,
    last_tx     xid8        NOT NULL DEFAULT '0',
    last_seq    bigint      NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Liveness and health of each asynchronous projection, written by the node that runs it.
CREATE TABLE eventstore.projection_progress (
    name            text        PRIMARY KEY,
    owner           text,
    heartbeat_at    timestamptz,
    last_error      text,
    last_error_at   timestamptz
);

-- Events a projection kept failing on, set aside so the projection could move on.
CREATE TABLE eventstore.dead_letters (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    projection  text        NOT NULL,
    seq         bigint      NOT NULL,
    stream_id   uuid        NOT NULL,
    version     bigint      NOT NULL,
    type        text        NOT NULL,
    error       text        NOT NULL,
    attempts    integer     NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT dead_letters_once UNIQUE (projection, seq)
);
