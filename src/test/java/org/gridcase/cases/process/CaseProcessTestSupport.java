package org.gridcase.cases.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.IntegrationTest;
import org.gridcase.cases.CaseManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.gridcase.EngineClockFixtures.resetClock;
import static org.gridcase.EngineClockFixtures.setClock;

/**
 * Process tests start on Monday 23 November 2026, 09:00 in the district (a working day), with
 * BPM Assert bound to the application's engine; the engine clock is reset afterwards.
 */
@IntegrationTest
abstract class CaseProcessTestSupport {

	static final String MONDAY_MORNING = "2026-11-23T09:00";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	CaseManagement cases;

	@BeforeEach
	void startOnMondayMorning() {
		init(this.processEngine);
		setClock(MONDAY_MORNING);
	}

	@AfterEach
	void resetEngineClock() {
		resetClock();
	}

}
