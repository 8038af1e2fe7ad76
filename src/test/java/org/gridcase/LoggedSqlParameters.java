package org.gridcase;

import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a statement as MyBatis's debug log shows them ({@code value(Type), value(Type)},
 * a null as a bare {@code null}), turned back into values to bind for an EXPLAIN of the same SQL.
 */
public final class LoggedSqlParameters {

	private static final Pattern PARAMETER = Pattern.compile("\\G(?:(null)|(.*?)\\((\\w+)\\))(?:, |$)");

	private LoggedSqlParameters() {
	}

	public static List<Object> parse(String logged) {
		List<Object> values = new ArrayList<>();
		Matcher parameter = PARAMETER.matcher(logged);
		while (parameter.find() && parameter.end() > parameter.start()) {
			if (parameter.group(1) != null) {
				values.add(null);
				continue;
			}
			String value = parameter.group(2);
			values.add(switch (parameter.group(3)) {
				case "Integer" -> Integer.valueOf(value);
				case "Long" -> Long.valueOf(value);
				case "Boolean" -> Boolean.valueOf(value);
				case "Timestamp" -> Timestamp.valueOf(value);
				case "Date" -> new Timestamp(date(value));
				default -> value;
			});
		}
		return values;
	}

	private static long date(String value) {
		try {
			return new SimpleDateFormat("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US).parse(value).getTime();
		}
		catch (java.text.ParseException ex) {
			throw new IllegalArgumentException(value, ex);
		}
	}

}
