-- Issue 13: the audit trail in several hash chains, so that audited transactions no longer commit
-- one after another behind one head row. A case's events go to one chain (AuditChains: the
-- case id modulo gridcase.audit.chains; events of no case to chain 0); each chain has its head
-- row, locked only while a committing transaction appends its events (AuditLinkWriter). Every
-- link keeps its number (sequence) from one database sequence, drawn under the chain's lock,
-- so the numbers name links uniquely and grow along each chain (with gaps: other chains' links).
--
-- Existing data: the single chain of before becomes chain 0 unchanged (its links keep their
-- numbers and hashes, so it still verifies); its head keeps the anchor. Heads of the other
-- chains are added at start-up (AuditLinkWriter), starting from 64 zeros.

alter table audit_event add column chain smallint not null default 0;
alter table audit_event alter column chain drop default;
alter table audit_event drop constraint audit_event_pkey;
alter table audit_event add constraint audit_event_pkey primary key (chain, sequence);

create sequence audit_event_sequence as bigint no cycle;
select setval('audit_event_sequence', n)
  from (select greatest((select max(sequence) from audit_event), (select anchor_sequence from audit_chain_head)) as n) last
 where n > 0;

-- Heads: a row per chain with its anchor (the link the chain's first kept event follows: the
-- start, or the last link the retention purge removed). Appends lock it, then read the chain's
-- last link from audit_event (the primary key, backwards).
alter table audit_chain_head drop constraint audit_chain_head_id_check;
alter table audit_chain_head rename column id to chain;
alter table audit_chain_head disable trigger audit_chain_head_guard;
update audit_chain_head set chain = 0;
alter table audit_chain_head enable trigger audit_chain_head_guard;

-- A chain starts at 64 zeros; its anchor moves forward only, to an existing link of that chain
-- with that very hash. Rows are never removed.
create or replace function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.anchor_sequence = 0 and new.anchor_hash = repeat('0', 64) then
            return new;
        end if;
    elsif tg_op = 'UPDATE' then
        if new.chain = old.chain and new.anchor_sequence >= old.anchor_sequence
                and ((new.anchor_sequence, new.anchor_hash) = (old.anchor_sequence, old.anchor_hash)
                     or exists (select 1 from audit_event
                                 where chain = new.chain and sequence = new.anchor_sequence and hash = new.anchor_hash)) then
            return new;
        end if;
    end if;
    raise exception 'audit_chain_head: a chain starts at 64 zeros; its anchor moves forward only, to an existing link of it'
        using errcode = 'insufficient_privilege';
end $$;
create trigger audit_chain_head_start before insert on audit_chain_head
    for each row execute function audit_chain_head_guard();

-- Audit rows are never changed, and removed only once they lie behind their chain's anchor.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.sequence <= (select anchor_sequence from audit_chain_head where chain = old.chain) then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

-- The retention purge, per chain (AuditRetention calls it for each chain in a transaction of its
-- own, so appends to the other chains go on meanwhile): the longest run of the chain's events
-- from its start that occurred before the cutoff. It moves the chain's anchor to the last of
-- them and deletes them. SECURITY DEFINER as before (V12).
drop function audit_purge(timestamptz);
create function audit_purge(cutoff timestamptz, purged_chain smallint) returns bigint
    language plpgsql security definer set search_path = pg_catalog, pg_temp, public as $$
declare
    head audit_chain_head%rowtype;
    last_purged audit_event%rowtype;
    purged bigint;
begin
    select * into head from audit_chain_head where chain = purged_chain for update;
    if head.chain is null then
        return 0;
    end if;
    select * into last_purged from audit_event
        where chain = purged_chain
          and sequence < coalesce((select min(sequence) from audit_event where chain = purged_chain and occurred_at >= cutoff),
                                  (select max(sequence) + 1 from audit_event where chain = purged_chain))
        order by sequence desc limit 1;
    if last_purged.sequence is null then
        return 0;
    end if;
    update audit_chain_head set anchor_sequence = last_purged.sequence, anchor_hash = last_purged.hash
        where chain = purged_chain;
    delete from audit_event where chain = purged_chain and sequence <= last_purged.sequence;
    get diagnostics purged = row_count;
    return purged;
end $$;
