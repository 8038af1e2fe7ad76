package org.gridcase.platform.engine;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager (BPMN, CMMN and DMN with JUEL), in place of the Spring one,
 * which resolves every bean of the application context and calls any method of any object.
 * Expressions see the allowed beans first (a variable cannot shadow them), then
 * {@code execution}/{@code task} and the variables; members are reached only through the
 * {@link ExpressionSandbox}.
 */
final class SandboxedExpressionManager extends JuelExpressionManager {

	private final ExpressionSandbox sandbox;

	SandboxedExpressionManager(ExpressionSandbox sandbox) {
		this.sandbox = sandbox;
	}

	@Override
	protected ELResolver createElResolver() {
		CompositeELResolver resolver = new CompositeELResolver();
		resolver.add(new SandboxedElResolver(this.sandbox));
		resolver.add(new VariableScopeElResolver());
		resolver.add(new VariableContextElResolver());
		resolver.add(new ArrayELResolver(true));
		resolver.add(new ListELResolver(true));
		resolver.add(new MapELResolver(true));
		return resolver;
	}

	/** Whether expressions may call the function {@code name} (such as {@code now()}). */
	boolean hasFunction(String name) {
		return this.functions.containsKey(name);
	}

}
