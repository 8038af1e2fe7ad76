-- Task lists judged by task links (issue 13, lists; identity/process/VisibleTasks).
--
-- The engine asks, on every authorized command, whether any revoke applies to the person
-- (authorizationCheckRevokes=auto: "exists (select id_ from act_ru_authorization where type_ = 2
-- and (user_id_ in (?, '*') or group_id_ in (...)))"). Its indexes by person and by group also
-- hold every grant on a single task, so the answer read all of a group's task grants (thousands
-- for a department) to find no revoke. These two hold the revokes only: none in GridCase, so the
-- answer costs nothing, and a revoke an administrator writes is still found.
create index gc_idx_auth_revoke_user on act_ru_authorization (user_id_) where type_ = 2;
create index gc_idx_auth_revoke_group on act_ru_authorization (group_id_) where type_ = 2;
