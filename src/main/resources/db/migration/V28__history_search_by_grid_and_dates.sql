-- The auditors' history search by grid subtree and dates (Cockpit plugin, issue 10 point 7):
-- the engine joins every gridCode variable of the subtree (two years of cases) to its instance
-- and keeps those started in the period. At 100,000 finished cases (bench/audit-history.sh) the
-- variable rows and the instances were read from the tables, p95 86-96 ms. With these the
-- variables are read from the index alone (index-only scan) and the period is checked in the
-- instance's index, so only the instances of the period are read: ~17 ms cold, ~5 ms warm.
drop index act_idx_hi_varinst_name_text;
create index act_idx_hi_varinst_name_text on act_hi_varinst (name_, text_ varchar_pattern_ops)
    include (var_type_, proc_inst_id_);
create index act_idx_hi_pro_inst_id_start on act_hi_procinst (proc_inst_id_, start_time_);
