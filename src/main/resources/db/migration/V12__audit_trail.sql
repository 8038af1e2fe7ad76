-- The audit trail: an append-only hash chain of audit events (AuditChain documents the encoding).
-- audit_chain_head is one row: appends lock it (SELECT ... FOR UPDATE), so appends from any
-- number of nodes are serialised inside PostgreSQL; it also holds the anchor, the last link the
-- retention purge removed (sequence and hash), which the first remaining event must follow.
create table audit_chain_head (
    id              smallint    primary key check (id = 1),
    anchor_sequence bigint      not null,
    anchor_hash     char(64)    not null
);
insert into audit_chain_head (id, anchor_sequence, anchor_hash) values (1, 0, repeat('0', 64));

create table audit_event (
    sequence      bigint       primary key,
    case_id       uuid,
    type          varchar(64)  not null,
    actor         varchar(255) not null,
    occurred_at   timestamptz  not null,
    data          text         not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null
);
create index audit_event_case on audit_event (case_id, sequence);
create index audit_event_occurred on audit_event (occurred_at);

-- Audit rows are never changed, and removed only once they lie behind the anchor, which only
-- audit_purge moves (in the same transaction, before it deletes them). Not a session setting
-- that the purge sets: any session of the application's role could set it too. The anchor rule
-- holds for every role short of disabling triggers (superusers, replica mode): at most a prefix of
-- the chain can go, and only after its last hash became the anchor, so verification still
-- starts from a known link.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.sequence <= (select anchor_sequence from audit_chain_head where id = 1) then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- The anchor moves forward only, and only to a link that exists with that very hash.
create function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or new.id <> old.id or new.anchor_sequence < old.anchor_sequence
            or (new.anchor_sequence <> old.anchor_sequence and not exists (select 1 from audit_event
                where sequence = new.anchor_sequence and hash = new.anchor_hash)) then
        raise exception 'audit_chain_head: the anchor moves forward only, to an existing link'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;
create trigger audit_chain_head_guard before update or delete on audit_chain_head
    for each row execute function audit_chain_head_guard();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_chain_head_guard();

-- The retention purge, the one way to remove audit rows: the longest run of events from the
-- start of the chain that occurred before the cutoff. It moves the anchor to the last of them
-- (so the chain still verifies from there) and deletes them. SECURITY DEFINER, so that a
-- deployment whose runtime role is not the schema owner can revoke UPDATE/DELETE/TRUNCATE on
-- the audit tables from it and grant only EXECUTE on this function.
create function audit_purge(cutoff timestamptz) returns bigint
    language plpgsql security definer set search_path = pg_catalog, pg_temp, public as $$
declare
    last_purged audit_event%rowtype;
    purged bigint;
begin
    perform 1 from audit_chain_head where id = 1 for update;
    select * into last_purged from audit_event
        where sequence < coalesce((select min(sequence) from audit_event where occurred_at >= cutoff),
                                  (select max(sequence) + 1 from audit_event))
        order by sequence desc limit 1;
    if last_purged.sequence is null then
        return 0;
    end if;
    update audit_chain_head set anchor_sequence = last_purged.sequence, anchor_hash = last_purged.hash where id = 1;
    delete from audit_event where sequence <= last_purged.sequence;
    get diagnostics purged = row_count;
    return purged;
end $$;
