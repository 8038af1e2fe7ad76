package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.FunctionNode;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

import org.gridcase.shared.UserTexts;

/**
 * What can be seen of an expression before it runs: the reasons a model's JUEL expression
 * (or FEEL text in a DMN table) is refused at deployment. The {@link ExpressionSandbox} stays the
 * guarantee at run time, for what a text cannot show (a member name built from strings).
 */
final class ModelExpressionCheck {

	/** Names that only serve to reach reflection, the operating system or the engine itself. */
	static final Set<String> FORBIDDEN_WORDS = Set.of("class", "getClass", "forName", "classLoader",
			"getClassLoader", "getContextClassLoader", "loadClass", "defineClass", "newInstance", "getMethod",
			"getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField", "getDeclaredField", "getConstructor",
			"getDeclaredConstructor", "invoke", "invokeExact", "MethodHandles", "Runtime", "getRuntime", "exec",
			"ProcessBuilder", "System", "Thread", "currentThread", "File", "Files", "Path", "Paths", "URL", "Socket",
			"ScriptEngineManager", "Unsafe", "getDeclaringClass", "declaringClass", "getModule",
			"getProcessEngineServices", "processEngineServices", "getProcessEngine", "processEngine",
			"getProcessEngineConfiguration", "processEngineConfiguration");

	private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

	private static final Pattern ENGINE_MEMBER = Pattern
		.compile("\\b(?:execution|task|caseExecution|externalTask)\\s*(?:\\.\\s*([A-Za-z_$][A-Za-z0-9_$]*)|\\[)");

	private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bfunction\\s*\\([^)]*\\)\\s*external\\b");

	private final Builder parser = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

	private final ExpressionSandbox sandbox;

	private final Predicate<String> functions;

	ModelExpressionCheck(ExpressionSandbox sandbox, Predicate<String> functions) {
		this.sandbox = sandbox;
		this.functions = functions;
	}

	/** Why the JUEL text ({@code ${…}} or {@code #{…}}) is refused; empty when it may be deployed. */
	List<String> juel(String text) {
		List<String> reasons = words(text);
		Tree tree;
		try {
			tree = this.parser.build(text);
		}
		catch (TreeBuilderException ex) {
			reasons.add(UserTexts.get("model.expression-unparsable", ex.getMessage()));
			return reasons;
		}
		for (IdentifierNode identifier : tree.getIdentifierNodes()) {
			if (this.sandbox.isHiddenBean(identifier.getName())) {
				reasons.add(UserTexts.get("model.bean-not-allowed", identifier.getName()));
			}
		}
		for (FunctionNode function : tree.getFunctionNodes()) {
			if (!this.functions.test(function.getName())) {
				reasons.add(UserTexts.get("model.function-not-allowed", function.getName()));
			}
		}
		Matcher member = ENGINE_MEMBER.matcher(text);
		while (member.find()) {
			if (member.group(1) == null || !ExpressionSandbox.isEngineMember(member.group(1))) {
				reasons.add(UserTexts.get("model.member-not-allowed", member.group().replaceAll("\\s", "")));
			}
		}
		return reasons;
	}

	/** Why the FEEL text of a DMN table is refused; empty when it may be deployed. */
	List<String> feel(String text) {
		List<String> reasons = words(text);
		if (EXTERNAL_FUNCTION.matcher(text).find()) {
			reasons.add(UserTexts.get("model.external-function"));
		}
		return reasons;
	}

	private static List<String> words(String text) {
		List<String> reasons = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			if (FORBIDDEN_WORDS.contains(word.group())) {
				reasons.add(UserTexts.get("model.member-not-allowed", word.group()));
			}
		}
		return reasons;
	}

}
