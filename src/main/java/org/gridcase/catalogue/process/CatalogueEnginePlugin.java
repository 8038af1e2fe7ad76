package org.gridcase.catalogue.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.shared.process.EveryUserTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every user task of a case offers its issue type as its form names it ({@link OfferIssueTypeChoice}). */
@Component
class CatalogueEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<Catalogue> catalogue;

	CatalogueEnginePlugin(ObjectProvider<Catalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EveryUserTask.listen(configuration, new OfferIssueTypeChoice(this.catalogue), TaskListener.EVENTNAME_CREATE);
	}

}
