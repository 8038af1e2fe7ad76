package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

import org.springframework.stereotype.Component;

/**
 * Writes the engine's history through {@link LeanEngineHistory} instead of the
 * default database handler; handlers other plugins add still get every event.
 */
@Component
class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

	private final LeanHistoryProperties properties;

	LeanHistoryPlugin(LeanHistoryProperties properties) {
		this.properties = properties;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryEventHandler> handlers = new ArrayList<>();
		handlers.add(new LeanEngineHistory(this.properties.copiesKeptElsewhere()));
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		configuration.setCustomHistoryEventHandlers(handlers);
	}

}
