package org.gridcase.cases;

import org.camunda.bpm.engine.RuntimeService;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class CaseManagementTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void openingCaseKeepsRecordAndProcessTogether() {
		CaseId id = this.cases.openCase(CaseFixtures.sanitationCase());

		assertThat(this.cases.findCase(id)).hasValueSatisfying(record -> {
			assertThat(record.step()).isEqualTo(CaseStep.REPORT);
			assertThat(record.issueType()).isEqualTo("SANITATION");
		});
		assertThat(processInstancesOf(id)).isEqualTo(1);
	}

	@Test
	void caseOpenedWithoutReportGetsATrackingNumberAsItsBusinessKey() {
		CaseId id = this.cases.openCase(CaseFixtures.sanitationCase());

		String trackingNumber = this.cases.findCase(id).orElseThrow().trackingNumber();
		assertThat(trackingNumber).matches("\\d{8}-\\d{6}");
		assertThat(this.cases.isTrackingNumberTaken(trackingNumber)).isTrue();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(trackingNumber).list())
			.singleElement()
			.satisfies(instance -> assertThat(instance.getProcessDefinitionId()).startsWith("CaseLifecycleProcess:"));
	}

	@Test
	void failureAfterSaveAndProcessStartLeavesNeitherBehind() {
		CaseId[] opened = new CaseId[1];

		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			opened[0] = this.cases.openCase(CaseFixtures.sanitationCase());
			assertThat(processInstancesOf(opened[0])).isEqualTo(1);
			throw new IllegalStateException("failure after the case was opened");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(opened[0]).isNotNull();
		assertThat(this.cases.findCase(opened[0])).isEmpty();
		assertThat(processInstancesOf(opened[0])).isZero();
	}

	@Test
	void invalidCommandOpensNothing() {
		long before = this.runtimeService.createProcessInstanceQuery().count();

		assertThatThrownBy(() -> this.cases.openCase(new OpenCaseCommand(" ", null, DemoDistrict.FIRST_GRID, "")))
			.isInstanceOf(jakarta.validation.ConstraintViolationException.class)
			.hasMessageContaining("issueType")
			.hasMessageContaining("description");
		assertThat(this.runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void caseOutsideEveryGridIsRefused() {
		assertThatThrownBy(() -> this.cases.openCase(new OpenCaseCommand("SANITATION", null, "410104999999999", "路灯不亮")))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("gridCode");
	}

	private long processInstancesOf(CaseId id) {
		return this.runtimeService.createProcessInstanceQuery().variableValueEquals("caseId", id.toString()).count();
	}

}
