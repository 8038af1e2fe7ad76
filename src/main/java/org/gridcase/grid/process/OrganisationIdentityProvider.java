package org.gridcase.grid.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.gridcase.grid.HeldRole;
import org.gridcase.grid.RoleAtPlace;
import org.gridcase.grid.Staffing;

/**
 * The engine's identity store (users, passwords, administered groups) plus one group per role
 * at place, computed from the organisation at the time of asking: a user is a member of
 * {@code GRID_LEADER:410104001001001} while the organisation says they lead that grid. Tasks
 * carry such groups as candidates, so a staffing change moves them between Tasklists with no
 * task touched.
 * <p>
 * Organisation groups answer queries by member, by id and by ids (what task queries,
 * authentication and authorization ask); they are not listed in unfiltered group queries
 * (the Admin webapp's group list): they are managed through the organisation, not there.
 */
class OrganisationIdentityProvider extends DbIdentityServiceProvider {

	static final String GROUP_TYPE = "GRID_ROLE";

	private final Staffing staffing;

	OrganisationIdentityProvider(Staffing staffing) {
		this.staffing = staffing;
	}

	@Override
	public GroupEntity findGroupById(String groupId) {
		GroupEntity stored = super.findGroupById(groupId);
		if (stored != null) {
			return stored;
		}
		return RoleAtPlace.parse(groupId).flatMap(this.staffing::describe).map(name -> group(groupId, name)).orElse(null);
	}

	@Override
	public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
		List<Group> organisation = organisationGroups(query);
		if (organisation.isEmpty()) {
			return super.findGroupByQueryCriteria(query);
		}
		int first = query.getFirstResult();
		int max = query.getMaxResults();
		query.setFirstResult(0);
		query.setMaxResults(Integer.MAX_VALUE);
		List<Group> all = new ArrayList<>(super.findGroupByQueryCriteria(query));
		query.setFirstResult(first);
		query.setMaxResults(max);
		all.addAll(organisation);
		return all.stream().skip(first).limit(max).toList();
	}

	@Override
	public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
		return super.findGroupCountByQueryCriteria(query) + organisationGroups(query).size();
	}

	private List<Group> organisationGroups(DbGroupQueryImpl query) {
		if (query.getTenantId() != null || (query.getType() != null && !GROUP_TYPE.equals(query.getType()))) {
			return List.of();
		}
		Map<String, Group> candidates = new LinkedHashMap<>();
		if (query.getUserId() != null) {
			for (HeldRole held : this.staffing.rolesOf(query.getUserId())) {
				candidates.put(held.roleAtPlace().groupId(), group(held.roleAtPlace().groupId(), held.groupName()));
				for (String formerCode : held.formerPlaceCodes()) {
					RoleAtPlace alias = new RoleAtPlace(held.roleAtPlace().role(), held.roleAtPlace().departmentCode(),
							formerCode);
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
				RoleAtPlace.parse(id).flatMap(this.staffing::describe).ifPresent(name -> candidates.put(id, group(id, name)));
			}
		}
		return candidates.values().stream().filter(group -> matches(group, query)).toList();
	}

	private static boolean matches(Group group, DbGroupQueryImpl query) {
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
