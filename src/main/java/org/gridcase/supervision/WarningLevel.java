package org.gridcase.supervision;

import org.gridcase.shared.UserTexts;

/**
 * The four levels of a warning (四级预警), most severe first: Ⅰ red, Ⅱ orange, Ⅲ yellow, Ⅳ blue.
 */
public enum WarningLevel {

	I("red"), II("orange"), III("yellow"), IV("blue");

	private final String color;

	WarningLevel(String color) {
		this.color = color;
	}

	public String color() {
		return this.color;
	}

	public String label() {
		return UserTexts.label(this);
	}

	/** The more severe of two levels. */
	WarningLevel severer(WarningLevel other) {
		return other == null || ordinal() <= other.ordinal() ? this : other;
	}

}
