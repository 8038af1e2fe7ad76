-- Task candidates and assignees used to get the engine's default task permission UPDATE (4),
-- which also allows variable writes, setAssignee, delegation and identity links. They now get
-- TASK_WORK (16384) (see identity/process/EngineWritePermissions); rewrite the per-task grants
-- (type 1 = grant, resource type 7 = task) of tasks created before, so old tasks lose the side
-- door too. Grants of ALL (the administrator's) and on every task ('*') stay as they are.
UPDATE act_ru_authorization
SET perms_ = (perms_ & ~4) | 16384,
    rev_ = rev_ + 1
WHERE type_ = 1
  AND resource_type_ = 7
  AND resource_id_ <> '*'
  AND perms_ <> 2147483647
  AND (perms_ & 4) = 4;
