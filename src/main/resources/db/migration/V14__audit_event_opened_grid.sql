-- Exports of a place's audit events find the place's cases by the grid their CASE_OPENED event
-- names (AuditTrail.eachEventBetween): a prefix match on that grid code, for those rows only.
create index audit_event_opened_grid on audit_event ((data::jsonb ->> 'gridCode') text_pattern_ops, case_id)
    where type = 'CASE_OPENED';
