package org.gridcase.deadlines;

/**
 * The four-level warning (四级预警) in force for a grid now: {@code I} (red, most severe),
 * {@code II}, {@code III}, {@code IV} (blue), or {@value #NONE}. Implemented where warnings are
 * kept (supervision); the time limits of {@code CaseTimeLimits} take it as input
 * {@code warningLevel}.
 */
public interface WarningLevels {

	String NONE = "NONE";

	/** The most severe level in force for the grid today, or {@value #NONE}. */
	String levelAt(String gridCode);

}
