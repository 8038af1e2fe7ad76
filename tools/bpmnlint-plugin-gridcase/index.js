// GridCase's bpmnlint rules, used by .bpmnlintrc ("plugin:gridcase/recommended").
// The engine applies the same rules when a model is deployed (platform/engine/ModelContract.java).
module.exports = {
  configs: {
    recommended: {
      rules: {
        'gridcase/user-task-routing': 'error',
        'gridcase/department-routing': 'error',
        'gridcase/time-limit-timer': 'error'
      }
    }
  }
};
