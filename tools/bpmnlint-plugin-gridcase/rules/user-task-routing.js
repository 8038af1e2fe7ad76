const { attribute, extensions } = require('./camunda');

// Every user task is routed through the grid organisation: candidate groups from taskRouting
// (as the element templates "网格角色任务" and "职能部门任务" write them) or a taskRouting create listener.
module.exports = function() {
  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) {
      return;
    }
    const groups = attribute(node, 'camunda:candidateGroups') || '';
    const listener = extensions(node, 'camunda:taskListener').some(taskListener =>
      attribute(taskListener, 'event') === 'create' && (attribute(taskListener, 'expression') || '').includes('taskRouting.'));
    if (!groups.includes('taskRouting.') && !listener) {
      reporter.report(node.id, 'User task has no routing: apply the template gridcase.GridRoleTask or gridcase.DepartmentTask');
    }
  }
  return { check };
};
