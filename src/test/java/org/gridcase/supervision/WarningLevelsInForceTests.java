package org.gridcase.supervision;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.SqlStatements;
import org.gridcase.deadlines.WarningLevels;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning level the time limits take for a grid is answered from memory (issue 13: it was a
 * query for every task created): read again at once when a warning is set or lifted on this node,
 * and within the reread window when one is written elsewhere (another node).
 */
@IntegrationTest
class WarningLevelsInForceTests {

	/** A place no grid lies in: its warnings shorten no other test's limits. */
	private static final String NOWHERE = "419999";

	@LocalServerPort
	int port;

	@Autowired
	WarningLevels levels;

	@Autowired
	WarningRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void levelsAreAnsweredWithoutAQueryAndFollowAWarningSetAndLiftedAtOnce() throws Exception {
		assertThat(this.levels.levelAt(DemoDistrict.SECOND_GRID)).isEqualTo(WarningLevels.NONE);
		try (SqlStatements sql = SqlStatements.record()) {
			assertThat(this.levels.levelAt(DemoDistrict.SECOND_GRID)).isEqualTo(WarningLevels.NONE);
			assertThat(this.levels.levelAt(DemoDistrict.FIRST_GRID)).isEqualTo(WarningLevels.NONE);
			assertThat(sql.all()).as("answered from memory").isEmpty();
		}
		LocalDate today = today();
		ApiClient district = ApiClient.as(this.port, "district1", "demo123");
		HttpResponse<String> set = district.postJson("/api/supervision/warnings", "{\"place\":\""
				+ DemoDistrict.SECOND_GRID + "\",\"level\":\"III\",\"from\":\"" + today + "\",\"to\":\"" + today
				+ "\",\"reason\":\"暴雨黄色预警\"}");
		assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
		long id = new ObjectMapper().readTree(set.body()).get("id").asLong();
		try {
			assertThat(this.levels.levelAt(DemoDistrict.SECOND_GRID)).isEqualTo("III");
			assertThat(this.levels.levelAt(DemoDistrict.FIRST_GRID)).isEqualTo(WarningLevels.NONE);
		}
		finally {
			HttpResponse<String> lifted = district.postJson("/api/supervision/warnings/" + id + "/lift",
					"{\"reason\":\"预警解除\"}");
			assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(200);
		}
		assertThat(this.levels.levelAt(DemoDistrict.SECOND_GRID)).isEqualTo(WarningLevels.NONE);
	}

	@Test
	void aWarningWrittenByAnotherNodeIsSeenOnceTheRereadWindowHasPassed() {
		WarningLevelsInForce rereadingAlways = new WarningLevelsInForce(this.repository, this.clock, Duration.ZERO);
		WarningLevelsInForce rereadingHourly = new WarningLevelsInForce(this.repository, this.clock, Duration.ofHours(1));
		String grid = NOWHERE + "001001001";
		for (WarningLevelsInForce levels : List.of(rereadingAlways, rereadingHourly)) {
			assertThat(levels.levelAt(grid)).isEqualTo(WarningLevels.NONE);
		}
		LocalDate today = today();
		// as another node writes it: no event on this one
		this.jdbc.update("insert into supervision_warning (place_code, level, valid_from, valid_to, reason, set_by, set_at,"
				+ " version) values (?, 'I', ?, ?, '另一节点设置', 'district1', ?, 0)", NOWHERE, Date.valueOf(today),
				Date.valueOf(today.plusDays(1)), Timestamp.from(this.clock.instant()));
		try {
			assertThat(rereadingAlways.levelAt(grid)).isEqualTo("I");
			assertThat(rereadingHourly.levelAt(grid)).as("within its window").isEqualTo(WarningLevels.NONE);
			assertThat(rereadingAlways.levelAt(DemoDistrict.FIRST_GRID)).isEqualTo(WarningLevels.NONE);
		}
		finally {
			this.jdbc.update("delete from supervision_warning where place_code = ?", NOWHERE);
		}
		assertThat(rereadingAlways.levelAt(grid)).isEqualTo(WarningLevels.NONE);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), District.ZONE);
	}

}
