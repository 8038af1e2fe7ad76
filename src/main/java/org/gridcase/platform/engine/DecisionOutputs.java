package org.gridcase.platform.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gridcase.shared.UserTexts;
import org.w3c.dom.Element;

import static org.gridcase.platform.engine.ModelDocuments.children;
import static org.gridcase.platform.engine.ModelDocuments.descendants;
import static org.gridcase.platform.engine.ModelDocuments.id;

/**
 * The decisions the case lifecycle reads, with the outputs it reads them by: the time limits
 * ({@code deadlines/process/DmnTimeLimits}), the handling process of an issue type (the
 * lifecycle's {@code Activity_SelectHandlingProcess}, one entry), the hazard grade (one entry)
 * and the joint-enforcement proposal ({@code cases/process/JointEnforcement}). A new version of
 * one of them must have exactly these outputs; other decisions are free.
 */
final class DecisionOutputs {

	static final Map<String, Set<String>> READ = Map.of(
			"CaseTimeLimits", Set.of("amount", "unit"),
			"IssueTypeProcesses", Set.of("handlingProcess"),
			"HazardGrading", Set.of("hazardGrade"),
			"JointEnforcementParticipants", Set.of("leadDepartment", "participants"));

	private DecisionOutputs() {
	}

	static List<ModelRefusal> check(Element definitions) {
		return descendants(definitions, "decision").stream()
			.map(decision -> refusal(decision))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Optional<ModelRefusal> refusal(Element decision) {
		Set<String> expected = READ.get(id(decision));
		if (expected == null) {
			return Optional.empty();
		}
		Set<String> outputs = children(decision, "decisionTable").stream()
			.flatMap(table -> children(table, "output").stream())
			.map(output -> output.getAttribute("name"))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (outputs.equals(expected)) {
			return Optional.empty();
		}
		return Optional.of(new ModelRefusal(id(decision), UserTexts.get("model.element-refused", id(decision),
				decision.getTagName(), UserTexts.get("model.decision-outputs", String.join(", ", new java.util.TreeSet<>(expected)),
						outputs.isEmpty() ? "-" : String.join(", ", outputs)))));
	}

}
