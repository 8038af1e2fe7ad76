package org.gridcase.supervision.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.gridcase.supervision.ScoreRules;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed versions of the decisions {@value #WEIGHTS} and {@value #GRADES}
 * (file {@code processes/SupervisionScores.dmn}).
 */
@Component
class DmnScoreRules implements ScoreRules {

	static final String WEIGHTS = "SupervisionScoreWeights";

	static final String GRADES = "SupervisionGrades";

	private final DecisionService decisions;

	DmnScoreRules(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public List<Weight> weights(String kind) {
		return this.decisions.evaluateDecisionByKey(WEIGHTS)
			.variables(Map.of("kind", kind))
			.evaluate()
			.getResultList()
			.stream()
			.map(entry -> new Weight((String) entry.get("figure"), ((Number) entry.get("weight")).doubleValue(),
					!"LOWER".equals(entry.get("better"))))
			.toList();
	}

	@Override
	public String grade(double score) {
		return this.decisions.evaluateDecisionByKey(GRADES)
			.variables(Map.of("score", score))
			.evaluate()
			.getSingleEntry();
	}

}
