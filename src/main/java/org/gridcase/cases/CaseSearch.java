package org.gridcase.cases;

import java.time.Instant;

import org.gridcase.deadlines.Light;

/**
 * Filters of the case list; every one optional.
 *
 * @param gridCode a place: cases in it and everything below it
 * @param text words in the description or address
 */
public record CaseSearch(String issueType, String gridCode, CaseStep step, Light light, String channel, Instant from,
		Instant to, String text) {

	/** Adds this search's conditions to a case list query. */
	void restrict(CaseListQuery query) {
		if (this.issueType != null) {
			query.where("issue_type = ?", this.issueType);
		}
		if (this.gridCode != null && !this.gridCode.isEmpty()) {
			query.whereInPlace(this.gridCode);
		}
		if (this.step != null) {
			query.whereIs("step", this.step);
		}
		if (this.light != null) {
			query.whereIs("light", this.light);
		}
		if (this.channel != null) {
			query.where("channel = ?", this.channel);
		}
		if (this.from != null) {
			query.where("opened_at >= ?", CaseListQuery.timestamp(this.from));
		}
		if (this.to != null) {
			query.where("opened_at < ?", CaseListQuery.timestamp(this.to));
		}
		if (this.text != null && !this.text.isBlank()) {
			String pattern = "%" + escape(this.text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
			query.where("(lower(description) like ? escape '\\' or lower(address) like ? escape '\\')", pattern, pattern);
		}
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
