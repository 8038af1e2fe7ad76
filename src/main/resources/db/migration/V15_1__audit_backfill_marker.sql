-- The audit trail backfill (AuditTrailBackfill) runs once: its marker row is taken in the same
-- transaction as the backfill itself, so a second node starting meanwhile waits and skips it.
create table audit_backfill (
    id         smallint    primary key check (id = 1),
    started_at timestamptz not null,
    cases      integer,
    events     integer
);
