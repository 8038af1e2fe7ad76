package org.gridcase.grid;

import java.util.List;

/**
 * Where a request for a role at a place ended up: the requested one if anybody holds it, else
 * the first one up the ladder that somebody holds, with the ones skipped on the way.
 */
public record Routing(RoleAtPlace requested, RoleAtPlace resolved, List<RoleAtPlace> skipped, List<Holder> holders) {

	public boolean climbed() {
		return !this.skipped.isEmpty();
	}

}
