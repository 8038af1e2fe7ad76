package org.gridcase.workplace;

import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user task of a case is called: its step, what the problem is and where, e.g.
 * "网格内处置 · 暴露垃圾 · 顺河路1号", so a task list reads as a list of cases. What the problem is
 * is the report's subcategory when the case came from a report (intake puts its name in front of
 * the description, "暴露垃圾: …"), else the issue type; both named as the catalogue calls them. The address drops a province, city and
 * district written in front ("河南省郑州市管城回族区…": every task is in the district) and is cut at
 * {@value #ADDRESS_LENGTH} characters.
 */
public final class TaskNamePolicy {

	/** Characters (code points) of the address kept in a task name. */
	static final int ADDRESS_LENGTH = 14;

	static final String SEPARATOR = " · ";

	private static final Pattern SUBCATEGORY_PREFIX = Pattern.compile("^([^:：]{1,32})[:：]");

	private static final Pattern ADMINISTRATIVE_PREFIX = Pattern
		.compile("^(\\p{IsHan}{2,7}?省)?\\p{IsHan}{2,7}?市(\\p{IsHan}{1,4}[区县])?");

	private TaskNamePolicy() {
	}

	/**
	 * The task's name: the step's name with what and where appended (parts that are unknown are
	 * left out); a name that already carries them is kept.
	 * @param isSubcategoryName whether the catalogue has a subcategory of this name
	 * @param issueTypeName the name of an issue type, e.g. 环境卫生 for {@code SANITATION}
	 */
	public static String name(String stepName, String issueType, String description, String address,
			Predicate<String> isSubcategoryName, UnaryOperator<String> issueTypeName) {
		if (stepName == null || stepName.contains(SEPARATOR)) {
			return stepName;
		}
		StringJoiner name = new StringJoiner(SEPARATOR);
		name.add(stepName);
		what(issueType, description, isSubcategoryName, issueTypeName).ifPresent(name::add);
		shortAddress(address).ifPresent(name::add);
		return name.toString();
	}

	static Optional<String> what(String issueType, String description, Predicate<String> isSubcategoryName,
			UnaryOperator<String> issueTypeName) {
		if (description != null) {
			Matcher prefix = SUBCATEGORY_PREFIX.matcher(description);
			if (prefix.find() && isSubcategoryName.test(prefix.group(1))) {
				return Optional.of(prefix.group(1));
			}
		}
		return Optional.ofNullable(issueType).map(issueTypeName).filter(label -> !label.isBlank());
	}

	static Optional<String> shortAddress(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		String trimmed = address.strip();
		String local = ADMINISTRATIVE_PREFIX.matcher(trimmed).replaceFirst("");
		if (local.isEmpty()) {
			local = trimmed;
		}
		if (local.codePointCount(0, local.length()) <= ADDRESS_LENGTH) {
			return Optional.of(local);
		}
		return Optional.of(local.substring(0, local.offsetByCodePoints(0, ADDRESS_LENGTH - 1)) + "…");
	}

}
