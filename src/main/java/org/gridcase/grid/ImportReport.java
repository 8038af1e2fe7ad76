package org.gridcase.grid;

import java.util.List;
import java.util.Map;

/**
 * What an import changed, per kind of row (grids, departments, people, assignments), and the
 * logins it opened for people who had none.
 */
public record ImportReport(Map<String, Counts> changes, List<OpenedLogin> logins) {

	public record Counts(int created, int updated, int unchanged) {

		Counts plus(Counts other) {
			return new Counts(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged);
		}

	}

	public boolean changedNothing() {
		return this.changes.values().stream().allMatch(counts -> counts.created() == 0 && counts.updated() == 0);
	}

}
