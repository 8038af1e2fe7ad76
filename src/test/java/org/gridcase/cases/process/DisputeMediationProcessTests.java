package org.gridcase.cases.process;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.gridcase.EngineClockFixtures.fireTimersDueBy;

class DisputeMediationProcessTests extends CaseProcessTestSupport {

	private CaseId caseId;

	@BeforeEach
	void mondayMorning() {
		this.caseId = CaseProcessFixtures.openCase(this.cases, "DISPUTE", "工地拖欠12名农民工工资");
	}

	@Test
	void agreementInTheGridIsFollowedUpAndHonoured() {
		ProcessInstance dispute = start();

		assertThat(task(dispute)).hasCandidateGroup("GRID_LEADER:" + DemoDistrict.FIRST_GRID);
		complete(task(dispute), Map.of("mediationNote", "双方同意分期支付", "agreement", "YES"));
		assertThat(dispute).isWaitingAt("Activity_RecordAgreement");
		assertThat(task(dispute)).hasCandidateGroup("MEDIATOR:" + DemoDistrict.FIRST_COMMUNITY);
		complete(task(dispute), Map.of("agreementSummary", "月底前付清", "followUpDays", 10L));

		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-12-07T09:00");
		assertThat(dispute).isWaitingAt("Activity_CheckAgreementHonoured");
		assertThat(task(dispute)).hasCandidateGroup("GRID_WORKER:" + DemoDistrict.FIRST_GRID);
		complete(task(dispute), Map.of("honoured", "YES", "followUpNote", "工资已结清"));

		assertThat(dispute).isEnded().hasPassed("Event_DisputeResolved");
	}

	@Test
	void failedMediationAtEveryLevelEndsInGuidanceToArbitration() {
		ProcessInstance dispute = start();

		complete(task(dispute), Map.of("mediationNote", "分歧较大", "agreement", "NO"));
		assertThat(dispute).isWaitingAt("Activity_MediateInCommunity");
		complete(task(dispute), Map.of("mediationNote", "仍未达成", "agreement", "NO"));
		assertThat(dispute).isWaitingAt("Activity_MediateJointly");
		complete(task(dispute), Map.of("invitedDepartments", "[\"LABOUR\",\"HOUSING_CONSTRUCTION\",\"POLICE\"]",
				"mediationNote", "人社、住建、派出所参与", "agreement", "NO"));
		assertThat(dispute).isWaitingAt("Activity_GuideToArbitration");
		complete(task(dispute), Map.of("guidance", "ARBITRATION", "guidanceNote", "已引导申请劳动仲裁"));

		assertThat(dispute).isEnded().hasPassed("Event_GuidedToArbitration");
		org.assertj.core.api.Assertions.assertThat(this.cases.findCase(this.caseId).orElseThrow().level())
			.isEqualTo(HandlingLevel.COMMUNITY);
	}

	@Test
	void agreementNotHonouredGoesBackToTheCommunityMediationCommittee() {
		ProcessInstance dispute = start();
		complete(task(dispute), Map.of("mediationNote", "达成", "agreement", "YES"));
		complete(task(dispute), Map.of("agreementSummary", "一周内付清", "followUpDays", 5L));
		fireTimersDueBy(this.processEngine, CaseProcessFixtures.businessKeyOf(runtimeService(), this.caseId), "2026-11-30T09:00");

		complete(task(dispute), Map.of("honoured", "NO", "followUpNote", "未按期支付"));

		assertThat(dispute).isWaitingAt("Activity_MediateInCommunity");
	}

	private ProcessInstance start() {
		return CaseProcessFixtures.startFor(runtimeService(), "DisputeMediationProcess", this.caseId, "DISPUTE", Map.of());
	}

}
