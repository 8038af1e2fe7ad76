package org.gridcase.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the district is: its time zone (working days, deadlines, tracking numbers and every
 * time a user reads are in it; defined in {@code district.properties}, which the pages' build
 * reads too) and the language its staff read.
 */
public final class District {

	public static final ZoneId ZONE = ZoneId.of(properties().getProperty("time-zone"));

	public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private District() {
	}

	private static Properties properties() {
		Properties properties = new Properties();
		try (InputStream in = District.class.getResourceAsStream("/district.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
