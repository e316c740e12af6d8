-- Tamper evidence for Marten's event table, which Marten does not have: every event's hash covers its content, its
-- metadata and the hash of the event before it in its stream. A trigger writes it in the append's own transaction, so
-- no writer can skip it, and the events and their hashes refuse UPDATE, DELETE and TRUNCATE.
-- __events__ stands for the schema of Marten's tables (its DatabaseSchemaName). Safe to run again: every statement
-- replaces or skips what is there.
CREATE SCHEMA IF NOT EXISTS integrity;

CREATE TABLE IF NOT EXISTS integrity.event_hashes (
    seq_id    bigint PRIMARY KEY,
    stream_id uuid   NOT NULL,
    version   bigint NOT NULL,
    hash      bytea  NOT NULL,
    CONSTRAINT event_hashes_stream_version UNIQUE (stream_id, version)
);

-- Version 1 of the hash; EventHash.Compute in src/Integrity computes the same bytes. Variable-length fields are
-- length-prefixed and absent ones marked (0x00, or 0x01 and the field), so no two different events share an input.
-- jsonb is hashed as PostgreSQL prints it (its canonical form), the timestamp in microseconds since the Unix epoch
-- (PostgreSQL's precision). PL/pgSQL with no nested SQL functions: called once per appended event, SQL-language
-- helpers here cost a hundred microseconds an event, since they are not inlined.
CREATE OR REPLACE FUNCTION integrity.event_hash(
    previous bytea, stream_id uuid, version bigint, type text, data jsonb, stamped timestamptz,
    correlation_id text, causation_id text, user_name text, headers jsonb) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    type_bytes bytea := convert_to(type, 'UTF8');
    data_bytes bytea := convert_to(data::text, 'UTF8');
    correlation_bytes bytea := convert_to(correlation_id, 'UTF8');
    causation_bytes bytea := convert_to(causation_id, 'UTF8');
    user_bytes bytea := convert_to(user_name, 'UTF8');
    headers_bytes bytea := convert_to(headers::text, 'UTF8');
BEGIN
    RETURN sha256(previous || uuid_send(stream_id) || int8send(version)
        || int4send(length(type_bytes)) || type_bytes
        || int4send(length(data_bytes)) || data_bytes
        || int8send((extract(epoch FROM stamped) * 1000000)::bigint)
        || CASE WHEN correlation_bytes IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int4send(length(correlation_bytes)) || correlation_bytes END
        || CASE WHEN causation_bytes IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int4send(length(causation_bytes)) || causation_bytes END
        || CASE WHEN user_bytes IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int4send(length(user_bytes)) || user_bytes END
        || CASE WHEN headers_bytes IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int4send(length(headers_bytes)) || headers_bytes END);
END $$;

-- Links each appended event to its stream's chain. The predecessor is visible: it is committed (appends to a stream
-- are serialised by Marten's stream row and version check) or was written earlier in this transaction. Marten's
-- tombstones are not history: placeholders it writes, in streams of their own, for sequence numbers that a failed
-- append had taken (timestamp -infinity, no data). They are left out of the chain. The lookup and the insert are here
-- rather than in a function of their own: that call cost 2-3 µs an event, over a tenth of the trigger.
CREATE OR REPLACE FUNCTION integrity.chain_event() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    previous bytea;
BEGIN
    IF NEW.type = 'tombstone' THEN
        RETURN NULL;
    END IF;
    IF NEW.version = 1 THEN
        previous := decode(repeat('00', 32), 'hex');
    ELSE
        SELECT h.hash INTO previous FROM integrity.event_hashes h WHERE h.stream_id = NEW.stream_id AND h.version = NEW.version - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % of stream % has no hashed predecessor', NEW.version, NEW.stream_id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    INSERT INTO integrity.event_hashes (seq_id, stream_id, version, hash)
    VALUES (NEW.seq_id, NEW.stream_id, NEW.version, integrity.event_hash(previous, NEW.stream_id, NEW.version, NEW.type,
            NEW.data, NEW.timestamp, NEW.correlation_id, NEW.causation_id, NEW.user_name, NEW.headers));
    RETURN NULL;
END $$;

-- Databases installed before 05-12-2026 have it: chain_event called it for every event.
DROP FUNCTION IF EXISTS integrity.link(bigint, uuid, bigint, text, jsonb, timestamptz, text, text, text, jsonb);

CREATE OR REPLACE FUNCTION integrity.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on %.% is refused: the event history is append-only', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;

-- Events stored before the chain was installed are linked now, stream by stream in version order, each hash carried
-- to the next version; where a stream's unlinked events start after version 1 the predecessor is looked up, and a
-- missing one leaves a null hash, which the table refuses. Once the trigger is there every append links itself, so a
-- start on an installed store skips the scan.
DO $$
DECLARE
    e record;
    stream uuid;
    version bigint;
    previous bytea;
BEGIN
    IF EXISTS (SELECT FROM pg_trigger WHERE tgname = 'integrity_chain' AND tgrelid = '__events__.mt_events'::regclass) THEN
        RETURN;
    END IF;
    FOR e IN
        SELECT m.* FROM __events__.mt_events m
        WHERE m.type <> 'tombstone' AND NOT EXISTS (SELECT FROM integrity.event_hashes h WHERE h.seq_id = m.seq_id)
        ORDER BY m.stream_id, m.version
    LOOP
        IF e.stream_id IS DISTINCT FROM stream OR e.version <> version + 1 THEN
            previous := CASE WHEN e.version = 1 THEN decode(repeat('00', 32), 'hex')
                             ELSE (SELECT h.hash FROM integrity.event_hashes h WHERE h.stream_id = e.stream_id AND h.version = e.version - 1) END;
        END IF;
        INSERT INTO integrity.event_hashes (seq_id, stream_id, version, hash)
        VALUES (e.seq_id, e.stream_id, e.version, integrity.event_hash(previous, e.stream_id, e.version, e.type, e.data,
                e.timestamp, e.correlation_id, e.causation_id, e.user_name, e.headers))
        RETURNING hash INTO previous;
        stream := e.stream_id;
        version := e.version;
    END LOOP;
END $$;

CREATE OR REPLACE TRIGGER integrity_chain AFTER INSERT ON __events__.mt_events
    FOR EACH ROW EXECUTE FUNCTION integrity.chain_event();
CREATE OR REPLACE TRIGGER integrity_append_only BEFORE UPDATE OR DELETE ON __events__.mt_events
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE OR REPLACE TRIGGER integrity_no_truncate BEFORE TRUNCATE ON __events__.mt_events
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();
-- Deleting a stream record cascades to its events (refused above); truncating it would skip row triggers.
CREATE OR REPLACE TRIGGER integrity_no_truncate BEFORE TRUNCATE ON __events__.mt_streams
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();
CREATE OR REPLACE TRIGGER integrity_append_only BEFORE UPDATE OR DELETE ON integrity.event_hashes
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE OR REPLACE TRIGGER integrity_no_truncate BEFORE TRUNCATE ON integrity.event_hashes
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();
