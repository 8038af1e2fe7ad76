package org.gridcase.shared;

/**
 * The codes that begin with a place's code (the place and everything below it), in the two forms
 * SQL needs: a {@code LIKE} pattern (escape character backslash) and the range {@code [from, to)}
 * of codes in byte order, which PostgreSQL's pattern operators ({@code ~>=~}, {@code ~<~}) match
 * against a {@code varchar_pattern_ops} index. A query that gives the range finds the place's rows
 * through such an index even when PostgreSQL plans it for any parameters (a prepared statement's
 * generic plan), where a {@code LIKE} on a parameter serves no index. Public getters: MyBatis reads
 * them.
 */
public record CodePrefix(String pattern, String from, String to) {

	/** @param code a place's code, not empty */
	public static CodePrefix of(String code) {
		if (code == null || code.isEmpty()) {
			throw new IllegalArgumentException("A place code is needed");
		}
		String pattern = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String to = code.substring(0, code.length() - 1) + (char) (code.charAt(code.length() - 1) + 1);
		return new CodePrefix(pattern, code, to);
	}

	public String getPattern() {
		return this.pattern;
	}

	public String getFrom() {
		return this.from;
	}

	public String getTo() {
		return this.to;
	}

}
