package org.gridcase.workplace.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.shared.process.EveryUserTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine extensions for the workplace: every user task of every model is named after its case
 * when created ({@link NameTaskAfterCase}, after the model's own create listeners), and stored
 * task queries may ask for today in the district ({@link DistrictDay}).
 */
@Component
class WorkplaceEnginePlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<Catalogue> catalogue;

	WorkplaceEnginePlugin(ObjectProvider<Catalogue> catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		TaskListener naming = new NameTaskAfterCase(this.catalogue);
		EveryUserTask.listen(configuration, naming, TaskListener.EVENTNAME_CREATE);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		try {
			configuration.getExpressionManager()
				.addFunction(DistrictDay.TODAY_START, DistrictDay.class.getMethod(DistrictDay.TODAY_START));
			configuration.getExpressionManager()
				.addFunction(DistrictDay.TOMORROW_START, DistrictDay.class.getMethod(DistrictDay.TOMORROW_START));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
