const { property } = require('./camunda');

// A time-limit timer (template gridcase.TimeLimitTimer) counts the step it names.
module.exports = function() {
  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:BoundaryEvent')) {
      return;
    }
    const step = property(node, 'gridcase.timeLimitStep');
    if (step === undefined) {
      return;
    }
    const expected = "${caseDeadlines.limit(execution, '" + step.trim() + "')}";
    const timer = (node.eventDefinitions || []).find(definition => definition.$instanceOf('bpmn:TimerEventDefinition'));
    const duration = timer && timer.timeDuration ? (timer.timeDuration.body || '').trim() : '';
    if (duration !== expected) {
      reporter.report(node.id, 'Time-limit timer must count its step: duration ' + expected);
    }
  }
  return { check };
};
