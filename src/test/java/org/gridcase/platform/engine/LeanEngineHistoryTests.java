package org.gridcase.platform.engine;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseManagement;
import org.gridcase.cases.OpenCaseCommand;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine's history keeps of a case's variables and jobs (issue 13): changes and what a
 * form submitted, not second copies of first values no person set, nor first values that copy
 * the case record, nor the instance's start event beside the instance's own start.
 */
@IntegrationTest
class LeanEngineHistoryTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Test
	void keepsWhatFormsSubmittedAndEveryVariableOnceWithoutCopiesOfFirstValuesNoPersonSet() {
		String instance = lifecycleOf(this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
				"井盖缺失")));
		Task sorting = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();

		this.tasks.complete(sorting.getId(), Map.of("sortingNote", "属实，已定位"));

		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
			.extracting(variable -> variable.getName())
			.contains("caseId", "gridCode", "sortingNote")
			.doesNotContain("responsibleGroup", "issueTypeChoices", "routedTo");
		assertThat(this.history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
			.extracting(detail -> ((HistoricVariableUpdate) detail).getVariableName())
			.contains("sortingNote")
			.doesNotContain("caseId", "issueType", "light", "timeLimit", "deadline");
		assertThat(this.history.createHistoricJobLogQuery().processInstanceId(instance).creationLog().count()).isZero();
	}

	@Test
	void recordsCopiesOfTheCaseRecordOnlyOnceTheyChange() {
		CaseId id = this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "路灯不亮"));
		String instance = lifecycleOf(id);
		Task sorting = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();

		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
			.extracting(variable -> variable.getName())
			.containsOnly("caseId", "gridCode");
		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("caseId")
			.singleResult()
			.getValue()).isEqualTo(id.toString());

		this.tasks.setVariableLocal(sorting.getId(), "light", "YELLOW");

		assertThat(this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance)
			.variableName("light")
			.singleResult()
			.getValue()).isEqualTo("YELLOW");
		assertThat(this.history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
			.extracting(detail -> ((HistoricVariableUpdate) detail).getValue())
			.containsExactly("YELLOW");
	}

	@Test
	void keepsTheInstancesStartInTheHistoricInstanceNotAsAnActivityOfItsOwn() {
		String instance = lifecycleOf(this.cases.openCase(new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID,
				"窨井盖松动")));
		HistoricProcessInstance started = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance)
			.singleResult();

		assertThat(started.getStartActivityId()).isNotBlank();
		assertThat(started.getStartTime()).isNotNull();
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
			.extracting(HistoricActivityInstance::getActivityType)
			.containsExactly("userTask");
	}

	private String lifecycleOf(CaseId id) {
		String trackingNumber = this.cases.findCase(id).orElseThrow().trackingNumber();
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(trackingNumber)
			.processDefinitionKey("CaseLifecycleProcess")
			.singleResult()
			.getId();
	}

}
