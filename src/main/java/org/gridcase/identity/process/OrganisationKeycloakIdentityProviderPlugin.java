package org.gridcase.identity.process;

import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderFactory;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderSession;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.gridcase.grid.RoleAtPlace;

/**
 * Keycloak's users and groups (camunda-platform-7-keycloak) plus the {@link OrganisationGroups}.
 * Configured from {@code plugin.identity.keycloak.*} in the {@code keycloak} profile.
 */
class OrganisationKeycloakIdentityProviderPlugin extends KeycloakIdentityProviderPlugin {

	private final OrganisationGroups organisation;

	OrganisationKeycloakIdentityProviderPlugin(OrganisationGroups organisation) {
		this.organisation = organisation;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		super.preInit(configuration);
		configuration.setIdentityProviderSessionFactory(new Factory(this, this.organisation));
	}

	static final class Factory extends KeycloakIdentityProviderFactory {

		private final OrganisationGroups organisation;

		Factory(KeycloakConfiguration configuration, OrganisationGroups organisation) {
			super(configuration, List.of());
			this.organisation = organisation;
		}

		@Override
		public Class<?> getSessionType() {
			return OrganisationKeycloakSession.class;
		}

		@Override
		public Session openSession() {
			return new OrganisationKeycloakSession(this.keycloakConfiguration, this.restTemplate,
					this.keycloakContextProvider, this.userQueryCache, this.groupQueryCache, this.checkPasswordCache,
					this.organisation);
		}

	}

	static final class OrganisationKeycloakSession extends KeycloakIdentityProviderSession {

		private final OrganisationGroups organisation;

		OrganisationKeycloakSession(KeycloakConfiguration configuration,
				org.camunda.bpm.extension.keycloak.rest.KeycloakRestTemplate restTemplate,
				org.camunda.bpm.extension.keycloak.KeycloakContextProvider contextProvider,
				org.camunda.bpm.extension.keycloak.cache.QueryCache<org.camunda.bpm.extension.keycloak.CacheableKeycloakUserQuery, List<org.camunda.bpm.engine.identity.User>> userQueryCache,
				org.camunda.bpm.extension.keycloak.cache.QueryCache<org.camunda.bpm.extension.keycloak.CacheableKeycloakGroupQuery, List<Group>> groupQueryCache,
				org.camunda.bpm.extension.keycloak.cache.QueryCache<org.camunda.bpm.extension.keycloak.CacheableKeycloakCheckPasswordCall, Boolean> checkPasswordCache,
				OrganisationGroups organisation) {
			super(configuration, restTemplate, contextProvider, userQueryCache, groupQueryCache, checkPasswordCache);
			this.organisation = organisation;
		}

		@Override
		public Group findGroupById(String groupId) {
			Group stored = RoleAtPlace.parse(groupId).isPresent() ? null : super.findGroupById(groupId);
			return stored != null ? stored : this.organisation.byId(groupId);
		}

		@Override
		protected List<Group> findGroupByQueryCriteria(KeycloakGroupQuery query) {
			return this.organisation.withStored(query, () -> super.findGroupByQueryCriteria(query));
		}

		@Override
		protected long findGroupCountByQueryCriteria(KeycloakGroupQuery query) {
			return super.findGroupCountByQueryCriteria(query) + this.organisation.matching(query).size();
		}

	}

}
