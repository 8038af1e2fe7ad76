package org.gridcase.notify;

/**
 * A reporter's answer to the satisfaction visit; the values are the evaluation form's.
 */
public enum Satisfaction {

	VERY_SATISFIED("非常满意"), SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意");

	private final String label;

	Satisfaction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
