const { attribute, property } = require('./camunda');

// A department task names its department: the property gridcase.department holds a department
// code or ${variable}.
module.exports = function() {
  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) {
      return;
    }
    const groups = attribute(node, 'camunda:candidateGroups') || '';
    if (!groups.includes('departmentCandidates')) {
      return;
    }
    const department = (property(node, 'gridcase.department') || '').trim();
    if (!/^([A-Z][A-Z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*\})$/.test(department)) {
      reporter.report(node.id, 'Department task needs gridcase.department: a department code or ${variable}');
    }
  }
  return { check };
};
