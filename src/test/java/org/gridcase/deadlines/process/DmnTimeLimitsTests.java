package org.gridcase.deadlines.process;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.deadlines.LimitUnit;
import org.gridcase.deadlines.TimeLimit;
import org.gridcase.deadlines.TimeLimits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version of {@code CaseTimeLimits} in force, kept in memory between tasks (issue 13) and
 * taken anew as soon as a version is deployed or deleted on this node.
 */
@IntegrationTest
class DmnTimeLimitsTests {

	private static final String REPORT_AMOUNT = "<outputEntry id=\"Rule_04_Amount\"><text>2</text></outputEntry>";

	@Autowired
	TimeLimits limits;

	@Autowired
	RepositoryService repository;

	@Test
	void theVersionInForceIsNotLookedUpForEveryTask() {
		this.limits.limitFor("SANITATION", "GENERAL", "REPORT");
		try (SqlStatements sql = SqlStatements.recordWith(SqlStatements.ENGINE_DECISION_QUERIES)) {
			assertThat(this.limits.limitFor("SANITATION", "GENERAL", "REPORT")).isEqualTo(TimeLimit.of(2, LimitUnit.WORKING_HOURS));
			assertThat(sql.all()).isEmpty();
		}
	}

	@Test
	void aNewVersionDeployedHereIsUsedForTheNextTaskAndADeletedOneNoLonger() throws Exception {
		assertThat(this.limits.limitFor("SANITATION", "GENERAL", "REPORT")).isEqualTo(TimeLimit.of(2, LimitUnit.WORKING_HOURS));
		String table = deployedTable();
		assertThat(table).contains(REPORT_AMOUNT);

		Deployment longer = this.repository.createDeployment()
			.name("DmnTimeLimitsTests")
			.addString("CaseTimeLimits.dmn", table.replace(REPORT_AMOUNT, REPORT_AMOUNT.replace(">2<", ">3<")))
			.deploy();
		try (SqlStatements sql = SqlStatements.recordWith(SqlStatements.ENGINE_DECISION_QUERIES)) {
			assertThat(this.limits.limitFor("SANITATION", "GENERAL", "REPORT")).isEqualTo(TimeLimit.of(3, LimitUnit.WORKING_HOURS));
			assertThat(sql.all()).as("the version in force is looked up again").anyMatch(statement -> statement.contains("act_re_decision_def"));
		}
		finally {
			this.repository.deleteDeployment(longer.getId(), true);
		}
		assertThat(this.limits.limitFor("SANITATION", "GENERAL", "REPORT")).isEqualTo(TimeLimit.of(2, LimitUnit.WORKING_HOURS));
	}

	private String deployedTable() throws Exception {
		DecisionDefinition latest = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(DmnTimeLimits.DECISION)
			.latestVersion()
			.withoutTenantId()
			.singleResult();
		try (InputStream model = this.repository.getDecisionModel(latest.getId())) {
			return new String(model.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
