package org.gridcase.catalogue.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.gridcase.catalogue.Catalogue;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every task form of a case offers its issue type as the catalogue names it ({@link OfferIssueTypeChoice}). */
@Component
class CatalogueEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<Catalogue> catalogue;

	CatalogueEnginePlugin(ObjectProvider<Catalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> inContext = new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired() == null
				? List.of() : configuration.getCustomPostCommandInterceptorsTxRequired());
		inContext.add(new OfferIssueTypeChoice(this.catalogue));
		configuration.setCustomPostCommandInterceptorsTxRequired(inContext);
	}

}
