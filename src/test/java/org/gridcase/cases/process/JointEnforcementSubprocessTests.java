package org.gridcase.cases.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

class JointEnforcementSubprocessTests extends CaseProcessTestSupport {

	private static final String PROCESS = "JointEnforcementSubprocess";

	private CaseId caseId;

	@BeforeEach
	void mondayMorning() {
		this.caseId = CaseProcessFixtures.openCase(this.cases, "PAVEMENT_OCCUPATION", "夜市占道经营屡禁不止");
	}

	@Test
	void threeDepartmentsActTogetherAndTheOneThatMissesItsLimitIsTakenOverByItsHead() {
		ProcessInstance joint = start();

		assertThat(joint).isWaitingAt("Activity_ChooseDepartments")
			.variables()
			.containsEntry("leadDepartment", "URBAN_MANAGEMENT")
			.containsEntry("participatingDepartments", "URBAN_MANAGEMENT,TRAFFIC_POLICE,POLICE,MARKET_REGULATION");
		assertThat(task(joint)).hasCandidateGroup("DISTRICT_CENTER:" + DemoDistrict.DISTRICT_CODE);
		complete(task(joint), Map.of("participatingDepartments", "[\"URBAN_MANAGEMENT\",\"TRAFFIC_POLICE\",\"MARKET_REGULATION\"]"));

		List<Task> confirmations = tasks(joint);
		org.assertj.core.api.Assertions.assertThat(confirmations).hasSize(3);
		org.assertj.core.api.Assertions.assertThat(confirmations)
			.extracting(t -> taskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId())
			.containsExactlyInAnyOrder("DEPARTMENT_OFFICER:URBAN_MANAGEMENT:" + DemoDistrict.FIRST_COMMUNITY,
					"DEPARTMENT_OFFICER:TRAFFIC_POLICE:" + DemoDistrict.FIRST_STREET,
					"DEPARTMENT_OFFICER:MARKET_REGULATION:" + DemoDistrict.FIRST_STREET);
		complete(byGroupPrefix(joint, "DEPARTMENT_OFFICER:URBAN_MANAGEMENT"), Map.of("officersNamed", "城管：马超等4人"));
		complete(byGroupPrefix(joint, "DEPARTMENT_OFFICER:TRAFFIC_POLICE"), Map.of("officersNamed", "交警：2人"));

		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-24T09:00");

		Task byHead = byGroupPrefix(joint, "DEPARTMENT_HEAD:MARKET_REGULATION");
		org.assertj.core.api.Assertions.assertThat(byHead.getName()).startsWith("部门负责人确认参与 · ");
		complete(byHead, Map.of("officersNamed", "市场监管：3人（负责人指派）"));

		assertThat(joint).isWaitingAt("Activity_TakeJointAction")
			.variables()
			.containsEntry("missedConfirmation", "MARKET_REGULATION");
		assertThat(task(joint)).hasCandidateGroup("DEPARTMENT_OFFICER:URBAN_MANAGEMENT:" + DemoDistrict.FIRST_COMMUNITY);
		complete(task(joint), Map.of("actionSummary", "三部门联合清理夜市占道摊点12处"));

		org.assertj.core.api.Assertions.assertThat(tasks(joint)).hasSize(3)
			.allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(t.getName()).startsWith("记录本部门执法结果 · "));
		for (Task result : tasks(joint)) {
			complete(result, Map.of("departmentResult", "已处置"));
		}

		assertThat(joint).isWaitingAt("Activity_CompileOutcome");
		org.assertj.core.api.Assertions.assertThat((String) runtimeService().getVariable(joint.getId(), "departmentResults"))
			.contains("URBAN_MANAGEMENT: 已处置", "TRAFFIC_POLICE: 已处置", "MARKET_REGULATION: 已处置");
		complete(task(joint), Map.of("jointOutcome", "RESOLVED", "outcomeSummary", "占道问题已整治"));

		assertThat(joint).isEnded().hasPassed("Event_JointEnforcementCompleted");
		org.assertj.core.api.Assertions.assertThat(this.cases.findCase(this.caseId).orElseThrow().level())
			.isEqualTo(HandlingLevel.DEPARTMENT);
	}

	@Test
	void worksForTenDepartmentsButNotForOne() {
		ProcessInstance joint = start();
		Task choose = task(joint);

		assertThatThrownBy(() -> taskService().complete(choose.getId(), Map.of("participatingDepartments", "URBAN_MANAGEMENT")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("participatingDepartments");

		complete(choose, Map.of("participatingDepartments",
				"URBAN_MANAGEMENT,POLICE,MARKET_REGULATION,HOUSING_CONSTRUCTION,WORK_SAFETY,ENVIRONMENT,TRAFFIC_POLICE,FIRE,HEALTH,LABOUR"));
		org.assertj.core.api.Assertions.assertThat(tasks(joint)).hasSize(10);
	}

	@Test
	void leadDepartmentMustTakePart() {
		Task choose = task(start());

		assertThatThrownBy(() -> taskService().complete(choose.getId(),
				Map.of("leadDepartment", "FIRE", "participatingDepartments", "URBAN_MANAGEMENT,POLICE")))
			.isInstanceOf(FormFieldValidationException.class)
			.hasMessageContaining("leadDepartment");
	}

	private ProcessInstance start() {
		return CaseProcessFixtures.startFor(runtimeService(), PROCESS, this.caseId, "PAVEMENT_OCCUPATION", Map.of());
	}

	private static List<Task> tasks(ProcessInstance instance) {
		return taskService().createTaskQuery().processInstanceId(instance.getId()).list();
	}

	private static Task byGroupPrefix(ProcessInstance instance, String prefix) {
		return tasks(instance).stream()
			.filter(t -> taskService().getIdentityLinksForTask(t.getId())
				.stream()
				.anyMatch(link -> link.getGroupId() != null && link.getGroupId().startsWith(prefix)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no task for " + prefix));
	}

}
