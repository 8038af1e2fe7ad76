package org.gridcase.supervision;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.gridcase.cases.CaseId;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseStepEntered;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Which step entries refresh a case's facts (issue 13: the refresh ran on every task completed).
 * That the facts stay right along the whole lifecycle is {@link SupervisionFactsTests}' part.
 */
class CaseFactsTests {

	private final JdbcTemplate jdbc = mock(JdbcTemplate.class);

	private final CaseFacts facts = new CaseFacts(this.jdbc, mock(EntityManager.class));

	@ParameterizedTest
	@EnumSource(value = CaseStep.class, names = { "HANDLE", "CLOSED", "REJECTED" })
	void leavingRegistrationOrEndingTheCaseRefreshesItsFacts(CaseStep step) {
		this.facts.on(new CaseStepEntered(new CaseId(UUID.randomUUID()), step));

		verify(this.jdbc).query(anyString(), any(RowCallbackHandler.class), any(), any());
	}

	@ParameterizedTest
	@EnumSource(value = CaseStep.class, names = { "COLLECT", "REPORT", "REGISTER", "FEEDBACK", "VERIFY_CLOSE", "EVALUATE" })
	void stepsThatAlterNoFigureLeaveTheFactsAlone(CaseStep step) {
		this.facts.on(new CaseStepEntered(new CaseId(UUID.randomUUID()), step));

		verifyNoInteractions(this.jdbc);
	}

}
