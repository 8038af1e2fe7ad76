package org.gridcase.grid.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.gridcase.grid.Staffing;

import org.springframework.stereotype.Component;

/**
 * Installs {@link OrganisationIdentityProvider} as the engine's identity provider.
 */
@Component
class OrganisationIdentityPlugin extends AbstractProcessEnginePlugin {

	private final Staffing staffing;

	OrganisationIdentityPlugin(Staffing staffing) {
		this.staffing = staffing;
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
				return new OrganisationIdentityProvider(OrganisationIdentityPlugin.this.staffing);
			}

		});
	}

}
