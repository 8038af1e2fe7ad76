package org.gridcase.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.stereotype.Component;

/**
 * Has MyBatis read the properties the engine's mappings test through {@link RememberedReadMethods},
 * before the engine evaluates its first mapping.
 */
@Component
class RememberedReadMethodsPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		RememberedReadMethods.install();
	}

}
