package org.gridcase.supervision;

import org.gridcase.deadlines.WarningLevels;
import org.springframework.stereotype.Component;

/** Tells the time limits which warning level is in force for a case's grid. */
@Component
class WarningLevelsInForce implements WarningLevels {

	private final Warnings warnings;

	WarningLevelsInForce(Warnings warnings) {
		this.warnings = warnings;
	}

	@Override
	public String levelAt(String gridCode) {
		WarningLevel level = this.warnings.levelAt(gridCode);
		return level == null ? NONE : level.name();
	}

}
