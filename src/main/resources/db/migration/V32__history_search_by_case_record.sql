-- The auditors' history search by grid subtree and dates (Cockpit plugin, issue 10 point 7) reads
-- the tracking numbers of the cases of the subtree that were open in the period from the case
-- record (grid prefix range, then opened_at and closed_at, from the index alone), and asks the
-- engine for the instances with those business keys that started (or ended) in the period
-- (business key and start time checked in one index), instead of joining every gridCode
-- variable of the subtree (V28). Measured by bench/audit-history.sh, plan-checked by
-- HistoryQueryPlanTests.
create index case_record_grid_opened_idx on case_record (grid_code varchar_pattern_ops, opened_at)
    include (closed_at, tracking_number);
create index act_idx_hi_pro_i_buskey_start on act_hi_procinst (business_key_, start_time_);
