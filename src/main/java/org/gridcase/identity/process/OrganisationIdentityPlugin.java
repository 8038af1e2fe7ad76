package org.gridcase.identity.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.gridcase.grid.Staffing;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Without Keycloak: the engine's database identity store plus the organisation's groups.
 */
@Component
@Profile("!keycloak")
class OrganisationIdentityPlugin extends AbstractProcessEnginePlugin {

	private final OrganisationGroups organisation;

	OrganisationIdentityPlugin(Staffing staffing) {
		this.organisation = new OrganisationGroups(staffing);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return OrganisationIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new OrganisationIdentityProvider(OrganisationIdentityPlugin.this.organisation);
			}

		});
	}

}
