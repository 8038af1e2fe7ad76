package org.gridcase.grid;

import java.util.Arrays;
import java.util.Optional;

/**
 * Levels of the grid hierarchy. Codes follow the digital-urban-management scheme: a 6-digit
 * administrative division, then 3 digits per level below it, each child extending its
 * parent's code.
 */
public enum GridLevel {

	DISTRICT(6, "区"), STREET(9, "街道"), COMMUNITY(12, "社区"), GRID(15, "网格"), BUILDING(18, "楼院");

	private final int codeLength;

	private final String label;

	GridLevel(int codeLength, String label) {
		this.codeLength = codeLength;
		this.label = label;
	}

	public int codeLength() {
		return this.codeLength;
	}

	public String label() {
		return this.label;
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
