package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Deployed models may not load script code from outside their deployment: a script task or
 * script listener whose {@code camunda:resource} points anywhere but {@code deployment://} is
 * refused at deployment, and script engines may not load external files.
 */
@Component
class ScriptResourcePolicy extends AbstractProcessEnginePlugin {

	private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableScriptEngineLoadExternalResources(false);
		List<BpmnParseListener> listeners = new ArrayList<>(configuration.getCustomPreBPMNParseListeners() == null
				? List.of() : configuration.getCustomPreBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
				refuseExternalScripts(rootElement);
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	private static void refuseExternalScripts(Element element) {
		String resource = element.attributeNS(new org.camunda.bpm.engine.impl.util.xml.Namespace(CAMUNDA), "resource");
		if (resource == null) {
			resource = "script".equals(element.getTagName()) ? element.attribute("resource") : null;
		}
		boolean script = element.getTagName().equals("scriptTask") || element.getTagName().equals("script");
		if (script && resource != null && !resource.startsWith("deployment://")) {
			throw new ProcessEngineException("External script resources are not allowed (" + resource
					+ "); put the script in the deployment and use deployment://");
		}
		element.elements().forEach(ScriptResourcePolicy::refuseExternalScripts);
	}

}
