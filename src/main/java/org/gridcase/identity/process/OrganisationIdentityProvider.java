package org.gridcase.identity.process;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;

/**
 * The engine's own identity store (users, passwords, administered groups) plus the
 * {@link OrganisationGroups}.
 */
class OrganisationIdentityProvider extends DbIdentityServiceProvider {

	private final OrganisationGroups organisation;

	OrganisationIdentityProvider(OrganisationGroups organisation) {
		this.organisation = organisation;
	}

	@Override
	public GroupEntity findGroupById(String groupId) {
		GroupEntity stored = super.findGroupById(groupId);
		return stored != null ? stored : this.organisation.byId(groupId);
	}

	@Override
	public List<Group> findGroupByQueryCriteria(DbGroupQueryImpl query) {
		return this.organisation.withStored(query, () -> super.findGroupByQueryCriteria(query));
	}

	@Override
	public long findGroupCountByQueryCriteria(DbGroupQueryImpl query) {
		return super.findGroupCountByQueryCriteria(query) + this.organisation.matching(query).size();
	}

}
