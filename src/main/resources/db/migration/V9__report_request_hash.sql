-- A retried submit must carry the same report as the first: keep a hash of the canonical
-- request to tell a retry from another report under the same Idempotency-Key.
alter table report
    add column request_hash varchar(64),
    -- concurrent changes of one report (e.g. two dispatchers unlinking it) are detected
    add column version      bigint not null default 0;
