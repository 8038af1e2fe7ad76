package org.gridcase.identity.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

import org.springframework.stereotype.Component;

/**
 * Puts {@link OversightAuthorizationManager} in place of the engine's authorization manager
 * (a custom session factory for its session type replaces the engine's own).
 */
@Component
class OversightAuthorizations extends AbstractProcessEnginePlugin {

	private final TaskGrantHolders grantHolders;

	OversightAuthorizations(TaskGrantHolders grantHolders) {
		this.grantHolders = grantHolders;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = new ArrayList<>(configuration.getCustomSessionFactories() == null ? List.of()
				: configuration.getCustomSessionFactories());
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new OversightAuthorizationManager(OversightAuthorizations.this.grantHolders);
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

}
