-- Notifications: what the deadlines found (a payment overdue, a KPI not reported, meetings behind the cadence,
-- an agreement nearing its end or expired), for BRN staff and for each party to read its own.
-- A deadline's handler writes its notification in one transaction; the row's id is the deadline message's id,
-- so a message delivered twice (a node died before marking it handled) still gives one notification.
CREATE TABLE public.notifications (
    id                  uuid        PRIMARY KEY,
    agreement_id        uuid        NOT NULL,
    -- The parties it concerns: a municipality reads the notifications that name it.
    organisation_ids    uuid[]      NOT NULL,
    kind                text        NOT NULL,
    message             text        NOT NULL,
    due_at              timestamptz NOT NULL,
    created_at          timestamptz NOT NULL
);

CREATE INDEX notifications_by_agreement ON public.notifications (agreement_id, created_at DESC, id DESC);
CREATE INDEX notifications_by_organisation ON public.notifications USING gin (organisation_ids);
CREATE INDEX notifications_newest ON public.notifications (created_at DESC, id DESC);
