package org.gridcase.supervision;

import java.util.List;

/**
 * The scoring rules an administrator sets in {@code processes/SupervisionScores.dmn}: which
 * rates count for a kind of ranking and how much, and the grade of a score.
 */
public interface ScoreRules {

	/**
	 * A part of the score.
	 * @param higherIsBetter whether the rate itself scores ({@code false}: one minus the rate, e.g. rework)
	 */
	record Weight(String figure, double weight, boolean higherIsBetter) {
	}

	/** @param kind {@code PLACE}, {@code DEPARTMENT} or {@code PERSON} */
	List<Weight> weights(String kind);

	String grade(double score);

}
