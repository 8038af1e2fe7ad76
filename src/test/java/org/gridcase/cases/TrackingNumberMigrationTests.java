package org.gridcase.cases;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 gives cases opened before tracking numbers were kept their first report's number, and
 * their process instances that number as business key instead of the case id.
 */
@IntegrationTest
class TrackingNumberMigrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void casesAndTheirInstancesTakeTheFirstReportsTrackingNumber() throws Exception {
		HttpResponse<String> filed = ApiClient.as(this.port, "district1", "demo123")
			.postJson("/api/reports", "{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"迁移前的案件\",\"gridCode\":\"%s\",\"reporter\":{\"name\":\"张三\"}}"
				.formatted(DemoDistrict.FIRST_GRID));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		JsonNode receipt = new ObjectMapper().readTree(filed.body());
		String caseId = receipt.path("caseId").asText();
		String trackingNumber = receipt.path("trackingNumber").asText();
		asBeforeTheMigration(caseId, trackingNumber);

		dataStatements().forEach(this.jdbc::update);

		assertThat(this.jdbc.queryForObject("select tracking_number from case_record where id = ?::uuid", String.class, caseId))
			.isEqualTo(trackingNumber);
		assertThat(this.jdbc.queryForList("select distinct business_key_ from act_hi_procinst where business_key_ in (?, ?)",
				String.class, caseId, trackingNumber))
			.containsExactly(trackingNumber);
		assertThat(this.jdbc.queryForList("select distinct business_key_ from act_ru_execution where business_key_ in (?, ?)",
				String.class, caseId, trackingNumber))
			.containsExactly(trackingNumber);
	}

	private void asBeforeTheMigration(String caseId, String trackingNumber) {
		this.jdbc.update("update case_record set tracking_number = null where id = ?::uuid", caseId);
		this.jdbc.update("update act_ru_execution set business_key_ = ? where business_key_ = ?", caseId, trackingNumber);
		this.jdbc.update("update act_hi_procinst set business_key_ = ? where business_key_ = ?", caseId, trackingNumber);
	}

	/** The migration's updates (its schema changes are in place already). */
	private static List<String> dataStatements() throws IOException {
		String script = new ClassPathResource("db/migration/V13__business_key_tracking_number.sql")
			.getContentAsString(StandardCharsets.UTF_8)
			.replaceAll("(?m)--.*$", "");
		return Arrays.stream(script.split(";")).map(String::strip).filter(statement -> statement.startsWith("update")).toList();
	}

}
