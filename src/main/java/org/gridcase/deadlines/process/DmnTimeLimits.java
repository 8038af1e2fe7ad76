package org.gridcase.deadlines.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.gridcase.deadlines.LimitUnit;
import org.gridcase.deadlines.TimeLimit;
import org.gridcase.deadlines.TimeLimits;
import org.gridcase.deadlines.WarningLevels;
import org.springframework.beans.factory.ObjectProvider;

import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of the {@code CaseTimeLimits} decision, with the
 * warning level in force for the case's grid as input {@code warningLevel}.
 */
@Component
class DmnTimeLimits implements TimeLimits {

	static final String DECISION = "CaseTimeLimits";

	private final DecisionService decisionService;

	private final ObjectProvider<WarningLevels> warnings;

	DmnTimeLimits(DecisionService decisionService, ObjectProvider<WarningLevels> warnings) {
		this.decisionService = decisionService;
		this.warnings = warnings;
	}

	@Override
	public TimeLimit limitFor(String issueType, String severity, String step, String gridCode) {
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("issueType", issueType);
		inputs.put("severity", severity);
		inputs.put("step", step);
		WarningLevels levels = this.warnings.getIfAvailable();
		inputs.put("warningLevel", gridCode == null || levels == null ? WarningLevels.NONE : levels.levelAt(gridCode));
		// Asked on behalf of whoever completes a task: the limits are the district's, not the user's.
		CommandContext commandContext = Context.getCommandContext();
		DmnDecisionResultEntries result = commandContext == null ? evaluate(inputs)
				: commandContext.runWithoutAuthorization(() -> evaluate(inputs));
		if (result == null) {
			throw new IllegalStateException(DECISION + " has no rule for " + inputs);
		}
		Number amount = result.getEntry("amount");
		String unit = result.getEntry("unit");
		return TimeLimit.of(amount.doubleValue(), LimitUnit.valueOf(unit));
	}

	private DmnDecisionResultEntries evaluate(Map<String, Object> inputs) {
		return this.decisionService.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getSingleResult();
	}

}
