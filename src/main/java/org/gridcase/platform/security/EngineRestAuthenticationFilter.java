package org.gridcase.platform.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The engine REST API's authentication filter, handed the application's engine: the engine's own
 * filter looks up the engine a request addresses through a {@link java.util.ServiceLoader} on
 * every request, which in the application's jar searches every nested jar for the provider's
 * service file (about 4% of an engine REST list's time). A request addressing another engine by
 * name is looked up as before.
 */
final class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

	private final ProcessEngine engine;

	EngineRestAuthenticationFilter(ProcessEngine engine) {
		this.engine = engine;
	}

	@Override
	protected ProcessEngine getAddressedEngine(String engineName) {
		return this.engine.getName().equals(engineName) ? this.engine : super.getAddressedEngine(engineName);
	}

}
