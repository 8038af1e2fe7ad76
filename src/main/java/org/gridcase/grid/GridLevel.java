package org.gridcase.grid;

import java.util.Arrays;
import java.util.Optional;

import org.gridcase.shared.UserTexts;

/**
 * Levels of the grid hierarchy. Codes follow the digital-urban-management scheme: a 6-digit
 * administrative division, then 3 digits per level below it, each child extending its
 * parent's code.
 */
public enum GridLevel {

	DISTRICT(6), STREET(9), COMMUNITY(12), GRID(15), BUILDING(18);

	private final int codeLength;

	GridLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return this.codeLength;
	}

	public String label() {
		return UserTexts.label(this);
	}

	/** The level a code of this shape belongs to, if any. */
	public static Optional<GridLevel> ofCode(String code) {
		if (code == null || !code.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(level -> level.codeLength == code.length()).findFirst();
	}

	public Optional<GridLevel> parent() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

}
