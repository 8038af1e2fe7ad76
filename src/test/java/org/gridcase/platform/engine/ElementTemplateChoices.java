package org.gridcase.platform.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gridcase.cases.CaseStep;
import org.gridcase.cases.EscalationCause;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The dropdowns of our element templates, computed from the code: the roles of {@link Role},
 * the demo district's departments, the steps of {@code processes/CaseTimeLimits.dmn}, the case
 * steps and the escalation ladder. Keyed by the template id and the {@code camunda:property}
 * the dropdown writes; each choice is a name → value pair.
 */
final class ElementTemplateChoices {

	static final String DEPARTMENT_VARIABLE = "${department}";

	static final String LEAD_DEPARTMENT_VARIABLE = "${leadDepartment}";

	private ElementTemplateChoices() {
	}

	static Map<String, Map<String, String>> forTemplate(String templateId, Path repository) throws Exception {
		Map<String, Map<String, String>> dropdowns = new LinkedHashMap<>();
		switch (templateId) {
			case "gridcase.GridRoleTask" -> {
				dropdowns.put("camunda:candidateGroups", roles(false));
				dropdowns.put(ModelTemplates.TIME_LIMIT_STEP, timeLimitSteps(repository));
				dropdowns.put(ModelTemplates.CASE_STEP, caseSteps());
			}
			case "gridcase.DepartmentTask" -> {
				dropdowns.put("camunda:candidateGroups", roles(true));
				dropdowns.put(ModelTemplates.DEPARTMENT, departments());
				dropdowns.put(ModelTemplates.TIME_LIMIT_STEP, timeLimitSteps(repository));
				dropdowns.put(ModelTemplates.CASE_STEP, caseSteps());
			}
			case "gridcase.TimeLimitTimer" -> dropdowns.put(ModelTemplates.TIME_LIMIT_STEP, timeLimitSteps(repository));
			case "gridcase.Escalation" -> {
				dropdowns.put(ModelTemplates.ESCALATE_TO, escalationLevels());
				dropdowns.put(ModelTemplates.ESCALATION_CAUSE, escalationCauses());
			}
			default -> {
			}
		}
		return dropdowns;
	}

	/** Roles that handle case tasks: those of places, or those of departments. */
	private static Map<String, String> roles(boolean departmental) {
		Map<String, String> choices = new LinkedHashMap<>();
		Arrays.stream(Role.values())
			.filter(role -> role.isDepartmental() == departmental)
			.filter(role -> role != Role.ADMIN && role != Role.AUDITOR)
			.forEach(role -> choices.put(role.label() + "（" + role.name() + "）",
					departmental ? ModelTemplates.departmentCandidates(role) : ModelTemplates.candidates(role)));
		return choices;
	}

	private static Map<String, String> departments() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("派遣选定的部门（变量 department）", DEPARTMENT_VARIABLE);
		choices.put("联合执法牵头部门（变量 leadDepartment）", LEAD_DEPARTMENT_VARIABLE);
		DemoDistrict.rows().departments().forEach(department ->
				choices.put(department.name() + "（" + department.code() + "）", department.code()));
		return choices;
	}

	/** Each step the time-limit table names (but the whole case), labelled by its first rule's description. */
	private static Map<String, String> timeLimitSteps(Path repository) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document dmn = factory.newDocumentBuilder().parse(repository.resolve("processes/CaseTimeLimits.dmn").toFile());
		NodeList inputs = dmn.getElementsByTagNameNS("*", "input");
		int stepColumn = -1;
		int warningColumn = -1;
		for (int i = 0; i < inputs.getLength(); i++) {
			Element expression = (Element) ((Element) inputs.item(i)).getElementsByTagNameNS("*", "inputExpression").item(0);
			String text = expression.getTextContent().trim();
			if (text.equals("step")) {
				stepColumn = i;
			}
			else if (text.equals("warningLevel")) {
				warningColumn = i;
			}
		}
		Map<String, String> choices = new LinkedHashMap<>();
		NodeList rules = dmn.getElementsByTagNameNS("*", "rule");
		for (int r = 0; r < rules.getLength(); r++) {
			Element rule = (Element) rules.item(r);
			NodeList entries = rule.getElementsByTagNameNS("*", "inputEntry");
			String step = entries.item(stepColumn).getTextContent().trim().replace("\"", "");
			boolean underWarning = warningColumn >= 0 && !entries.item(warningColumn).getTextContent().trim().isEmpty();
			// the rules of a four-level warning shorten limits of steps the ordinary rules name
			if (underWarning || step.isEmpty() || step.equals("CASE") || choices.containsValue(step)) {
				continue;
			}
			NodeList description = rule.getElementsByTagNameNS("*", "description");
			String label = description.getLength() == 0 ? step : step + "（" + description.item(0).getTextContent().trim() + "）";
			choices.put(label, step);
		}
		return choices;
	}

	private static Map<String, String> caseSteps() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("不改变案件环节", "");
		List<CaseStep> steps = new ArrayList<>(Arrays.asList(CaseStep.values()));
		steps.remove(CaseStep.CLOSED);
		steps.remove(CaseStep.REJECTED);
		steps.forEach(step -> choices.put(step.label() + "（" + step.name() + "）", step.name()));
		return choices;
	}

	private static Map<String, String> escalationLevels() {
		Map<String, String> choices = new LinkedHashMap<>();
		Arrays.stream(HandlingLevel.values())
			.filter(level -> level != HandlingLevel.GRID)
			.forEach(level -> choices.put(level.label() + "（" + level.name() + "）", level.name()));
		return choices;
	}

	private static Map<String, String> escalationCauses() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("本级无法解决（" + EscalationCause.DECISION.name() + "）", EscalationCause.DECISION.name());
		choices.put("时限到期未办结（" + EscalationCause.TIMEOUT.name() + "）", EscalationCause.TIMEOUT.name());
		return choices;
	}

}
