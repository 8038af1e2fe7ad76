package org.gridcase.grid.process;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.EndAssignmentCommand;
import org.gridcase.grid.OrganisationManagement;
import org.gridcase.grid.Role;
import org.gridcase.grid.Staffing;
import org.gridcase.grid.TaskRoutingVariables;
import org.gridcase.shared.District;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridcase.grid.OrganisationFixtures.assign;
import static org.gridcase.grid.OrganisationFixtures.grid;
import static org.gridcase.grid.OrganisationFixtures.newGridCode;
import static org.gridcase.grid.OrganisationFixtures.newUsername;
import static org.gridcase.grid.OrganisationFixtures.person;

/**
 * Routing end to end through the engine: candidate groups from the organisation, candidates
 * computed at query time.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRoutingTests {

	private static final String PROCESS = "TaskRoutingTestProcess";

	private static final LocalDate TODAY = LocalDate.now(District.ZONE);

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrganisationManagement management;

	@Autowired
	Staffing staffing;

	@BeforeAll
	void deployProcessWithATaskForTheGridLeader() {
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Activity_HandleInGrid")
			.name("网格内处置")
			.camundaTaskListenerExpression("create", "${taskRouting.route(task, 'GRID_LEADER')}")
			.endEvent()
			.done();
		this.repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
	}

	@Test
	void replacingTheGridLeaderMovesOpenTasksToTheNewLeaderWithoutTouchingThem() {
		String code = newGridCode();
		this.management.createGrid(grid(code));
		String oldLeader = newUsername();
		String newLeader = newUsername();
		this.management.savePerson(person(oldLeader));
		this.management.savePerson(person(newLeader));
		Long oldAssignment = this.management
			.assignRole(assign(oldLeader, Role.GRID_LEADER, code, TODAY.minusDays(100)))
			.id();
		Task task = startTaskIn(code);

		assertThat(candidateTaskIds(oldLeader)).containsExactly(task.getId());
		assertThat(candidateTaskIds(newLeader)).isEmpty();

		this.management.assignRole(assign(newLeader, Role.GRID_LEADER, code, TODAY));
		this.management.endAssignment(new EndAssignmentCommand(oldAssignment, TODAY));

		assertThat(candidateTaskIds(oldLeader)).isEmpty();
		assertThat(candidateTaskIds(newLeader)).containsExactly(task.getId());
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).singleResult().getLastUpdated())
			.isEqualTo(task.getLastUpdated());
	}

	@Test
	void whenTheLastLeaderLeavesOpenTasksAlsoGoUpTheLadderUntilASuccessorComes() {
		String code = newGridCode();
		this.management.createGrid(grid(code));
		String leader = newUsername();
		String successor = newUsername();
		this.management.savePerson(person(leader));
		this.management.savePerson(person(successor));
		Long assignment = this.management.assignRole(assign(leader, Role.GRID_LEADER, code, TODAY.minusDays(10))).id();
		Task task = startTaskIn(code);
		assertThat(candidateTaskIds("station1")).doesNotContain(task.getId());

		this.management.endAssignment(new EndAssignmentCommand(assignment, TODAY));

		assertThat(candidateTaskIds(leader)).isEmpty();
		assertThat(candidateTaskIds("station1")).contains(task.getId());

		this.management.assignRole(assign(successor, Role.GRID_LEADER, code, TODAY));

		assertThat(candidateTaskIds(successor)).containsExactly(task.getId());
	}

	@Test
	void taskForAVacantGridLeaderClimbsToTheCommunityStationAndRecordsTheClimb() {
		String code = newGridCode();
		this.management.createGrid(grid(code));

		Task task = startTaskIn(code);

		String station = "COMMUNITY_STATION:" + DemoDistrict.FIRST_COMMUNITY;
		assertThat(this.taskService.getIdentityLinksForTask(task.getId())).singleElement()
			.satisfies(link -> assertThat(link.getGroupId()).isEqualTo(station));
		assertThat(this.taskService.getVariableLocal(task.getId(), TaskRoutingVariables.ROUTED_TO)).isEqualTo(station);
		assertThat(this.taskService.getVariableLocal(task.getId(), TaskRoutingVariables.ROUTING_SKIPPED))
			.isEqualTo("GRID_LEADER:" + code);
		assertThat(this.staffing.climbsOf("task:" + task.getId())).hasSize(1);
		assertThat(candidateTaskIds("station1")).contains(task.getId());
	}

	@Test
	void usersBelongToTheGroupsOfTheRolesTheyHold() {
		assertThat(this.identityService.createGroupQuery().groupMember("gridleader1").list())
			.extracting(group -> group.getId())
			.containsExactly("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		assertThat(this.identityService.createGroupQuery().groupId("GRID_LEADER:" + DemoDistrict.FIRST_GRID).singleResult()
			.getName()).startsWith("网格长");
		assertThat(this.identityService.createGroupQuery().groupMember("admin").list())
			.extracting(group -> group.getId())
			.containsExactly("camunda-admin");
	}

	@Test
	void workerOfAnotherGridIsNoCandidate() {
		Task task = startTaskIn(DemoDistrict.FIRST_GRID);

		assertThat(candidateTaskIds("gridleader1")).contains(task.getId());
		assertThat(candidateTaskIds("gridleader2")).doesNotContain(task.getId());
	}

	private Task startTaskIn(String gridCode) {
		String instanceId = this.runtimeService
			.startProcessInstanceByKey(PROCESS, Map.of(TaskRoutingVariables.GRID_CODE, gridCode))
			.getId();
		return this.taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
	}

	private java.util.List<String> candidateTaskIds(String username) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(PROCESS)
			.taskCandidateUser(username)
			.list()
			.stream()
			.map(Task::getId)
			.toList();
	}

}
