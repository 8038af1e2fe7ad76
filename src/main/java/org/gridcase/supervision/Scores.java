package org.gridcase.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Scores in the manner of GB/T 30428 (数字化城市管理信息系统 绩效评价): each weighted rate scores
 * 0–100 (a rate where less is better, such as rework, scores one minus the rate), the score is
 * the weighted mean over the rates that have a value (weights of rates without one, e.g. no
 * satisfaction answers, are left out), and the grade comes from the score. Weights and grades
 * are the administrator's ({@link ScoreRules}).
 */
@Component
class Scores {

	private final ScoreRules rules;

	Scores(ScoreRules rules) {
		this.rules = rules;
	}

	record Part(String figure, String label, Double value, double weight, Double points) {
	}

	record Score(Double score, String grade, List<Part> parts) {
	}

	/** The rules of a kind, asked once per answer. */
	List<ScoreRules.Weight> weights(String kind) {
		return this.rules.weights(kind);
	}

	Score score(Figures figures, List<ScoreRules.Weight> weights) {
		List<Part> parts = new ArrayList<>();
		if (figures.registered() == 0 && figures.closed() == 0) {
			weights.forEach(weight -> parts.add(new Part(weight.figure(), Figures.label(weight.figure()), null,
					weight.weight(), null)));
			return new Score(null, null, parts);
		}
		double total = 0;
		double counted = 0;
		for (ScoreRules.Weight weight : weights) {
			Double value = figures.number(weight.figure());
			Double points = null;
			if (value != null) {
				double rate = weight.higherIsBetter() ? value : 1 - value;
				points = round(100 * rate * weight.weight());
				total += 100 * rate * weight.weight();
				counted += weight.weight();
			}
			parts.add(new Part(weight.figure(), Figures.label(weight.figure()), value, weight.weight(), points));
		}
		if (counted == 0) {
			return new Score(null, null, parts);
		}
		double score = round(total / counted);
		return new Score(score, this.rules.grade(score), parts);
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

}
