-- Indexes for the auditors' history view and search (Cockpit plugin, issue 10 point 7), measured
-- by bench/audit-history.sh at 100,000 finished cases and plan-checked by HistoryQueryPlanTests.
-- The engine's own schema has none of these.

-- "Called instances" of a process instance (superProcessInstanceId).
create index act_idx_hi_pro_inst_super on act_hi_procinst (super_process_instance_id_);

-- A part of a tracking number matches the numbers that begin with it (business key LIKE 'x%');
-- the engine's index on business_key_ serves only equality under a non-C collation.
create index act_idx_hi_pro_i_buskey_prefix on act_hi_procinst (business_key_ varchar_pattern_ops);

-- Search by grid subtree: the engine joins the gridCode variable (TEXT_ LIKE '<grid>%') on the
-- instance's PROC_INST_ID_ (unique already); with this the plan starts from the grid's variables
-- instead of every gridCode variable of the district.
create index act_idx_hi_varinst_name_text on act_hi_varinst (name_, text_ varchar_pattern_ops);
