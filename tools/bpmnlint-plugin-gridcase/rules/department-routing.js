const { attribute, inputParameter } = require('./camunda');

// A department task names its department: the input parameter routingDepartment holds a
// department code or ${variable}.
module.exports = function() {
  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) {
      return;
    }
    const groups = attribute(node, 'camunda:candidateGroups') || '';
    if (!groups.includes('routingDepartment')) {
      return;
    }
    const department = (inputParameter(node, 'routingDepartment') || '').trim();
    if (!/^([A-Z][A-Z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*\})$/.test(department)) {
      reporter.report(node.id, 'Department task needs routingDepartment: a department code or ${variable}');
    }
  }
  return { check };
};
