-- Each checkpoint a receiver outside the database has acknowledged (Integrity:CheckpointUrl: a transparency log, an
-- e-mail outbox). A checkpoint with no row for a URL is still to be sent there, so a failed POST or a stopped node
-- loses none: the next attempt, on any node, sends it. Safe to run again.
CREATE TABLE IF NOT EXISTS integrity.checkpoint_deliveries (
    size         bigint      NOT NULL,
    signed_at    timestamptz NOT NULL,
    url          text        NOT NULL,
    delivered_at timestamptz NOT NULL,
    PRIMARY KEY (size, signed_at, url),
    FOREIGN KEY (size, signed_at) REFERENCES integrity.checkpoints
);
