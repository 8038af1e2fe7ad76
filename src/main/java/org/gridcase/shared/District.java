package org.gridcase.shared;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Where the district is: its time zone (working days, deadlines, tracking numbers and every
 * time a user reads are in it) and the language its staff read.
 */
public final class District {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private District() {
	}

}
