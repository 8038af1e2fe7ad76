package org.gridcase.platform.engine;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What deployed models may reach ({@code gridcase.models.*}); see {@link ExpressionSandbox} and
 * {@link ModelDeploymentPolicy}.
 *
 * @param expressionBeans the Spring beans expressions may name and call (their own public methods)
 * @param scriptLanguages script languages models may use (none by default); scripts still come
 * inline or from the deployment ({@code deployment://}) only
 * @param delegateClasses classes {@code camunda:class} (and {@code …Class} attributes) may name;
 * none by default: our models use {@code delegateExpression}
 */
@ConfigurationProperties("gridcase.models")
record ModelSandboxProperties(
		@DefaultValue({ "taskRouting", "caseDeadlines", "caseSteps", "caseEscalations",
				"jointEnforcement" }) Set<String> expressionBeans,
		@DefaultValue Set<String> scriptLanguages, @DefaultValue Set<String> delegateClasses) {
}
