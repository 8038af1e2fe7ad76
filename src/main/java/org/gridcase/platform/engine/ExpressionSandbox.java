package org.gridcase.platform.engine;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * What an expression in a deployed model (JUEL in BPMN, CMMN and DMN) may reach at run time.
 * <ul>
 * <li>The <b>allowed beans</b>, by name: {@code gridcase.models.expression-beans}, by default the
 * beans our models call ({@code taskRouting, caseDeadlines, caseSteps, caseEscalations,
 * jointEnforcement}); only the public methods and getters their own classes declare. Every other
 * Spring bean is invisible (the name reads as a process variable).</li>
 * <li>The <b>process variables</b>, and on plain values (strings, numbers, booleans, dates and
 * {@code java.time} values, lists and maps) their public methods and properties.</li>
 * <li>{@code execution}, {@code task} and {@code caseExecution}: only {@link #ENGINE_MEMBERS}
 * (read variables, ids, business key, names); nothing that leads to the engine's services.</li>
 * </ul>
 * Nothing else: no method or property of any other object, and never {@link #FORBIDDEN_MEMBERS}
 * ({@code getClass}, {@code class}, {@code forName}, class loaders, …) on anything, so
 * reflection, {@code Runtime}, {@code ProcessBuilder}, {@code System}, threads, files and the
 * network stay out of reach. An administrator who adds a bean that models should call lists it
 * under {@code gridcase.models.expression-beans} (the defaults must then be listed too).
 */
final class ExpressionSandbox {

	static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "forName", "classLoader",
			"getClassLoader", "declaringClass", "getDeclaringClass", "getModule", "wait", "notify", "notifyAll",
			"processEngineServices", "getProcessEngineServices", "processEngine", "getProcessEngine",
			"processEngineConfiguration", "getProcessEngineConfiguration");

	static final Set<String> ENGINE_MEMBERS = Set.of("getVariable", "getVariableLocal", "hasVariable",
			"hasVariableLocal", "getVariables", "getVariablesLocal", "getVariableNames", "getVariableNamesLocal", "getId",
			"getProcessInstanceId", "getProcessBusinessKey", "getBusinessKey", "getProcessDefinitionId",
			"getCaseInstanceId", "getCurrentActivityId", "getCurrentActivityName", "getActivityInstanceId",
			"getEventName", "getTenantId", "getTaskDefinitionKey", "getName", "getAssignee", "getOwner", "getPriority",
			"getDueDate", "getFollowUpDate", "getCreateTime", "getDescription", "getExecutionId");

	private final Set<String> beanNames;

	private final BeanFactory beans;

	ExpressionSandbox(Set<String> beanNames, BeanFactory beans) {
		this.beanNames = Set.copyOf(beanNames);
		this.beans = beans;
	}

	boolean isAllowedBean(String name) {
		return this.beanNames.contains(name) && this.beans.containsBean(name);
	}

	/** A Spring bean that is not on the allow-list, which expressions may therefore not name. */
	boolean isHiddenBean(String name) {
		return !this.beanNames.contains(name) && this.beans.containsBean(name);
	}

	Object bean(String name) {
		return this.beans.getBean(name);
	}

	/** Throws unless {@code base.method(…)} is allowed. */
	void checkInvoke(Object base, String method) {
		if (!mayUse(base, method)) {
			throw refusal(base, method + "()");
		}
	}

	/** Throws unless {@code base.property} is allowed. */
	void checkRead(Object base, String property) {
		String capitalized = StringUtils.capitalize(property);
		if (FORBIDDEN_MEMBERS.contains(property)
				|| !(mayUse(base, "get" + capitalized) || mayUse(base, "is" + capitalized) || isValue(base))) {
			throw refusal(base, property);
		}
	}

	/** Whether {@code member} may be used on {@code execution}, {@code task} or {@code caseExecution}. */
	static boolean isEngineMember(String member) {
		String capitalized = StringUtils.capitalize(member);
		return ENGINE_MEMBERS.contains(member) || ENGINE_MEMBERS.contains("get" + capitalized);
	}

	private boolean mayUse(Object base, String method) {
		if (FORBIDDEN_MEMBERS.contains(method)) {
			return false;
		}
		if (base instanceof VariableScope) {
			return ENGINE_MEMBERS.contains(method);
		}
		if (isBeanInstance(base)) {
			return Arrays.stream(ClassUtils.getUserClass(base).getMethods())
				.anyMatch(candidate -> candidate.getName().equals(method) && candidate.getDeclaringClass() != Object.class);
		}
		return isValue(base);
	}

	private boolean isBeanInstance(Object base) {
		return this.beanNames.stream().anyMatch(name -> isAllowedBean(name) && this.beans.getBean(name) == base);
	}

	private static boolean isValue(Object base) {
		return base instanceof String || base instanceof Number || base instanceof Boolean || base instanceof Character
				|| base instanceof Date || base instanceof TemporalAccessor || base instanceof TemporalAmount
				|| base instanceof Collection || base instanceof Map;
	}

	private static ExpressionRefusedException refusal(Object base, String member) {
		return new ExpressionRefusedException("Models may not use " + member + " on " + base.getClass().getName()
				+ " (expression sandbox, gridcase.models.expression-beans)");
	}

}
