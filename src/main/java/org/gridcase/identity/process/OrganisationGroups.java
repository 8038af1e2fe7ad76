package org.gridcase.identity.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.gridcase.grid.HeldRole;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

/**
 * One group per role at place, computed from the organisation when the engine asks: a user is a
 * member of {@code GRID_LEADER:410104001001001} while the organisation says they lead that grid
 * (and of the same role at the grid's former codes, after a move). Tasks carry such groups as
 * candidates, so a staffing change moves them between Tasklists with no task touched.
 * <p>
 * These groups answer queries by member, by id and by ids (what task queries, authentication
 * and authorization ask); they are not listed in unfiltered group queries (the Admin webapp's
 * group list): they are managed through the organisation, not there. Added to whichever
 * identity provider the engine uses (its own database, or Keycloak).
 */
final class OrganisationGroups {

	static final String GROUP_TYPE = "GRID_ROLE";

	private final Staffing staffing;

	OrganisationGroups(Staffing staffing) {
		this.staffing = staffing;
	}

	GroupEntity byId(String groupId) {
		return RoleAtPlace.parse(groupId).flatMap(this.staffing::describe).map(name -> group(groupId, name)).orElse(null);
	}

	/**
	 * The stored groups the provider found (asked unpaged), followed by the organisation's
	 * groups matching the query, paged as the query asks.
	 */
	List<Group> withStored(GroupQueryImpl query, Supplier<List<Group>> storedUnpaged) {
		List<Group> organisation = matching(query);
		int first = query.getFirstResult();
		int max = query.getMaxResults();
		query.setFirstResult(0);
		query.setMaxResults(Integer.MAX_VALUE);
		List<Group> all;
		try {
			all = new ArrayList<>(storedUnpaged.get());
		}
		finally {
			query.setFirstResult(first);
			query.setMaxResults(max);
		}
		all.addAll(organisation);
		return all.stream().skip(first).limit(max).toList();
	}

	List<Group> matching(GroupQueryImpl query) {
		if (query.getTenantId() != null || (query.getType() != null && !GROUP_TYPE.equals(query.getType()))) {
			return List.of();
		}
		Map<String, Group> candidates = new LinkedHashMap<>();
		if (query.getUserId() != null) {
			for (HeldRole held : this.staffing.rolesOf(query.getUserId())) {
				RoleAtPlace role = held.roleAtPlace();
				candidates.put(role.groupId(), group(role.groupId(), held.groupName()));
				for (String formerCode : held.formerPlaceCodes()) {
					RoleAtPlace alias = new RoleAtPlace(role.role(), role.departmentCode(), formerCode);
					candidates.put(alias.groupId(), group(alias.groupId(), held.groupName()));
				}
			}
		}
		else if (query.getId() != null || query.getIds() != null) {
			List<String> ids = new ArrayList<>(query.getIds() == null ? List.of() : Arrays.asList(query.getIds()));
			if (query.getId() != null) {
				ids.add(query.getId());
			}
			for (String id : ids) {
				GroupEntity group = byId(id);
				if (group != null) {
					candidates.put(id, group);
				}
			}
		}
		return candidates.values().stream().filter(group -> matches(group, query)).toList();
	}

	private static boolean matches(Group group, GroupQueryImpl query) {
		return (query.getId() == null || query.getId().equals(group.getId()))
				&& (query.getIds() == null || Arrays.asList(query.getIds()).contains(group.getId()))
				&& (query.getName() == null || query.getName().equals(group.getName()))
				&& (query.getNameLike() == null || like(query.getNameLike()).matcher(group.getName()).matches());
	}

	private static Pattern like(String sqlPattern) {
		StringBuilder regex = new StringBuilder();
		for (char c : sqlPattern.toCharArray()) {
			regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	private static GroupEntity group(String id, String name) {
		GroupEntity group = new GroupEntity(id);
		group.setName(name);
		group.setType(GROUP_TYPE);
		return group;
	}

}
