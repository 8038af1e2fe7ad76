package org.gridcase.platform.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.StaticApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxedExpressionManagerTests {

	static final Path MARKER = Path.of("target", "sandbox-marker");

	/** Each would run {@code touch target/sandbox-marker} through the Spring expression manager. */
	static final String RUNTIME_EXEC = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
			+ ".invoke(null).exec(command)}";

	StaticApplicationContext context;

	@BeforeEach
	void beans() throws Exception {
		Files.deleteIfExists(MARKER);
		this.context = new StaticApplicationContext();
		this.context.registerSingleton("taskRouting", Greeter.class);
		this.context.registerSingleton("dataSource", Greeter.class);
		this.context.refresh();
	}

	/** Member names from variables: what {@code ModelSandboxTests} deploys to prove the incident. */
	static final String HIDDEN_EXEC = "${''[c][f](runtimeClass)[m](getter)[i](null)[e](command)}";

	@ParameterizedTest
	@ValueSource(strings = { RUNTIME_EXEC, HIDDEN_EXEC })
	void theKnownPayloadsRunACommandWithoutTheSandbox(String expression) throws Exception {
		Process process = (Process) evaluate(new SpringExpressionManager(this.context), expression);
		process.waitFor();

		assertThat(MARKER).exists();
	}

	@ParameterizedTest
	@ValueSource(strings = { RUNTIME_EXEC, HIDDEN_EXEC, "${''.class.forName('java.lang.Runtime')}",
			"${''['cl'.concat('ass')]}", "${''['getCl'.concat('ass')]()}",
			"${name.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec(command)}",
			"${taskRouting.getClass()}", "${taskRouting['class']}", "${list.getClass()}", "${map.getClass()}",
			"${now().getClass()}", "${taskRouting.self().hashCode()}" })
	void theSandboxRefusesReflectionAndMembersOfUnknownObjects(String expression) {
		assertThatThrownBy(() -> evaluate(sandboxed(), expression)).hasStackTraceContaining("Models may not use");
		assertThat(MARKER).doesNotExist();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${dataSource.greet('x')}", "${java.lang.Runtime.getRuntime().exec(command)}" })
	void beansOffTheListAndClassNamesDoNotResolve(String expression) {
		assertThatThrownBy(() -> evaluate(sandboxed(), expression)).hasStackTraceContaining("Cannot resolve identifier");
		assertThat(MARKER).doesNotExist();
	}

	@Test
	void allowedBeansVariablesAndPlainValuesResolve() {
		JuelExpressionManager manager = sandboxed();

		assertThat(evaluate(manager, "${taskRouting.greet(name)}")).isEqualTo("你好, 张伟");
		assertThat(evaluate(manager, "${name.length() == 2 and name.startsWith('张')}")).isEqualTo(true);
		assertThat(evaluate(manager, "${list[1]} ${map.grid} ${map.size()}")).isEqualTo("b 410104001001001 1");
		assertThat(evaluate(manager, "${solvedHere == 'YES'}")).isEqualTo(true);
	}

	@Test
	void aVariableCannotShadowAnAllowedBean() {
		assertThat(evaluate(sandboxed(), "${taskRouting.greet('x')}", "taskRouting", "not the bean"))
			.isEqualTo("你好, x");
	}

	@Test
	void spelTextIsNotEvaluated() {
		assertThat(evaluate(sandboxed(), "T(java.lang.Runtime).getRuntime().exec('touch target/sandbox-marker')"))
			.isEqualTo("T(java.lang.Runtime).getRuntime().exec('touch target/sandbox-marker')");
		assertThatThrownBy(() -> evaluate(sandboxed(), "${T(java.lang.Runtime).getRuntime()}")).isNotNull();
		assertThat(MARKER).doesNotExist();
	}

	private SandboxedExpressionManager sandboxed() {
		SandboxedExpressionManager manager = new SandboxedExpressionManager(
				new ExpressionSandbox(Set.of("taskRouting"), this.context));
		manager.addFunction("now", findNow());
		return manager;
	}

	private static java.lang.reflect.Method findNow() {
		try {
			return org.camunda.bpm.engine.impl.el.DateTimeFunctions.class.getMethod("now");
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object evaluate(JuelExpressionManager manager, String expression, Object... extra) {
		var variables = Variables.createVariables()
			.putValue("name", "张伟")
			.putValue("solvedHere", "YES")
			.putValue("list", List.of("a", "b"))
			.putValue("map", Map.of("grid", "410104001001001"))
			.putValue("command", "touch " + MARKER)
			.putValue("c", "class")
			.putValue("f", "forName")
			.putValue("runtimeClass", "java.lang.Runtime")
			.putValue("m", "getMethod")
			.putValue("getter", "getRuntime")
			.putValue("i", "invoke")
			.putValue("e", "exec");
		for (int i = 0; i < extra.length; i += 2) {
			variables.putValue((String) extra[i], extra[i + 1]);
		}
		return manager.createValueExpression(expression).getValue(manager.createElContext(variables.asVariableContext()));
	}

	public static class Greeter {

		public String greet(String name) {
			return "你好, " + name;
		}

		public Object self() {
			return new Object();
		}

	}

}
