package org.gridcase.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.gridcase.deadlines.Light;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the case list; every one optional.
 *
 * @param gridCode a place: cases in it and everything below it
 * @param text words in the description or address
 */
public record CaseSearch(String issueType, String gridCode, CaseStep step, Light light, String channel, Instant from,
		Instant to, String text) {

	Specification<CaseRecord> toSpecification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.issueType != null) {
				predicates.add(builder.equal(root.get("issueType"), this.issueType));
			}
			if (this.gridCode != null) {
				predicates.add(builder.like(root.get("gridCode"), escape(this.gridCode) + "%", '\\'));
			}
			if (this.step != null) {
				predicates.add(builder.equal(root.get("step"), this.step));
			}
			if (this.light != null) {
				predicates.add(builder.equal(root.get("light"), this.light));
			}
			if (this.channel != null) {
				predicates.add(builder.equal(root.get("channel"), this.channel));
			}
			if (this.from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("openedAt"), this.from));
			}
			if (this.to != null) {
				predicates.add(builder.lessThan(root.get("openedAt"), this.to));
			}
			if (this.text != null && !this.text.isBlank()) {
				String pattern = "%" + escape(this.text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
				predicates.add(builder.or(builder.like(builder.lower(root.get("description")), pattern, '\\'),
						builder.like(builder.lower(root.get("address")), pattern, '\\')));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

	static String escape(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
