-- The log over all events (RFC 9162 style): every event's chain hash as one entry, in a stable order. An event enters
-- once no transaction that could still commit earlier entries is in flight: entries are taken in (inserting
-- transaction, sequence) order, and only from transactions older than the oldest one still running, so nothing can
-- later land inside the part already logged. The tree over the entries, its signed heads and its proofs are computed
-- from this table. Safe to run again.
ALTER TABLE integrity.event_hashes ADD COLUMN IF NOT EXISTS tx_id xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX IF NOT EXISTS event_hashes_log_order ON integrity.event_hashes (tx_id, seq_id);

CREATE TABLE IF NOT EXISTS integrity.log_entries (
    position bigint PRIMARY KEY CHECK (position >= 0),
    seq_id   bigint NOT NULL UNIQUE,
    tx_id    xid8   NOT NULL,
    entry    bytea  NOT NULL
);

CREATE OR REPLACE TRIGGER integrity_append_only BEFORE UPDATE OR DELETE ON integrity.log_entries
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE OR REPLACE TRIGGER integrity_no_truncate BEFORE TRUNCATE ON integrity.log_entries
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();

-- The public halves of the keys that sign the log's heads, so anyone can check a checkpoint; the private halves never
-- enter the database.
CREATE TABLE IF NOT EXISTS integrity.signing_keys (
    key_id     text        PRIMARY KEY,
    public_key bytea       NOT NULL,
    created_at timestamptz NOT NULL
);

-- Every signed head of the log, kept: any two of them can be proved consistent.
CREATE TABLE IF NOT EXISTS integrity.checkpoints (
    size      bigint      NOT NULL CHECK (size >= 0),
    root      bytea       NOT NULL,
    signed_at timestamptz NOT NULL,
    key_id    text        NOT NULL REFERENCES integrity.signing_keys,
    signature bytea       NOT NULL,
    PRIMARY KEY (size, signed_at)
);

CREATE OR REPLACE TRIGGER integrity_append_only BEFORE UPDATE OR DELETE ON integrity.checkpoints
    FOR EACH ROW EXECUTE FUNCTION integrity.refuse_change();
CREATE OR REPLACE TRIGGER integrity_no_truncate BEFORE TRUNCATE ON integrity.checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION integrity.refuse_change();
