package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.scripting.engine.CamundaScriptEngineManager;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Models never grant code execution: installs the {@link SandboxedExpressionManager} (JUEL in
 * BPMN, CMMN and DMN), the listeners our element templates stand for ({@link TemplateListeners}),
 * the {@link ModelContractPolicy} (lint, routing, forms, decision outputs) after it, the {@link ModelDeploymentPolicy} before every other deployer, script
 * engines for the allowed languages only ({@link AllowedScriptEngines}, none by default) that
 * never load external files, and FEEL without Java: the Scala FEEL engine of Camunda (external
 * functions disabled, no custom function providers) seeing {@link PlainFeelValues} only, never
 * the legacy JUEL-based FEEL.
 */
@Component
class ModelSandboxPlugin extends AbstractProcessEnginePlugin {

	private final ModelSandboxProperties properties;

	private final BeanFactory beans;

	ModelSandboxPlugin(ModelSandboxProperties properties, BeanFactory beans) {
		this.properties = properties;
		this.beans = beans;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		ExpressionSandbox sandbox = new ExpressionSandbox(this.properties.expressionBeans(), this.beans);
		SandboxedExpressionManager expressionManager = new SandboxedExpressionManager(sandbox);
		configuration.setExpressionManager(expressionManager);

		List<BpmnParseListener> parseListeners = new ArrayList<>();
		parseListeners.add(new TemplateListeners(expressionManager));
		if (configuration.getCustomPreBPMNParseListeners() != null) {
			parseListeners.addAll(configuration.getCustomPreBPMNParseListeners());
		}
		configuration.setCustomPreBPMNParseListeners(parseListeners);

		List<Deployer> deployers = new ArrayList<>();
		deployers.add(new ModelDeploymentPolicy(new ModelExpressionCheck(sandbox, expressionManager::hasFunction),
				this.properties));
		deployers.add(ModelContractPolicy.inEngine());
		if (configuration.getCustomPreDeployers() != null) {
			deployers.addAll(configuration.getCustomPreDeployers());
		}
		configuration.setCustomPreDeployers(deployers);

		configuration.setEnableScriptEngineLoadExternalResources(false);
		configuration.setScriptEngineResolver(new AllowedScriptEngines(new DefaultScriptEngineResolver(
				new CamundaScriptEngineManager()), this.properties.scriptLanguages()));

		configuration.setDmnFeelEnableLegacyBehavior(false);
		configuration.setDmnFeelCustomFunctionProviders(List.of());
		if (configuration.getDmnEngineConfiguration() == null) {
			configuration.setDmnEngineConfiguration(
					(DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
		}
		configuration.getDmnEngineConfiguration().setFeelEngineFactory(new PlainFeelValues());
	}

}
