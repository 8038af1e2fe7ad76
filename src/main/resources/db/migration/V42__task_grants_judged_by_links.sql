-- Task permissions judged by the task's links (issue 13, grants; identity/process/TaskLinkPermissions).
--
-- The engine no longer writes a grant on a running task for its assignee, owner, candidate users
-- and candidate groups: the authorization manager asks the task's links, with the permissions
-- those grants gave (READ and TASK_WORK: 2 | 16384). Remove the grants written before, so that the
-- tasks already open follow the same rule as new ones (a former assignee or a withdrawn candidate
-- no longer works a task, where the grant outlived the link) and the grant table shrinks to the
-- grants an administrator or GridCase wrote on purpose, which every authorized command reads.
-- Only grants (type 1) on one task (resource type 7) with exactly that pair of permissions go;
-- grants on every task ('*'), ALL, an auditor's READ, and the grants on a task's history
-- (resource type 19, still written: history queries judge by them) stay.
delete from act_ru_authorization
where type_ = 1
  and resource_type_ = 7
  and resource_id_ <> '*'
  and perms_ = 16386;
