package org.gridcase.reliability;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/admin/backup}: engine administrators get the whole database as a zip of
 * {@code COPY} files with a manifest; nobody else gets anything. The restore into a fresh
 * instance is run by {@link FaultHarnessTests}.
 */
@IntegrationTest
class BackupTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEngineAdministratorGetsEveryTableWithItsRowsAndTheSchemaVersion() throws Exception {
		HttpResponse<byte[]> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/admin/backup"))
				.header("Authorization", ApiClient.basic("admin", "admin"))
				.build(), BodyHandlers.ofByteArray());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("gridcase-backup-");
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
		Map<String, Long> rows = new HashMap<>();
		manifest.path("tables").forEach(table -> rows.put(table.path("name").asText(), table.path("rows").asLong()));
		assertThat(rows).containsKeys("case_record", "report", "attachment", "audit_event", "audit_chain_head",
				"act_ru_job", "act_ge_bytearray", "act_re_deployment", "flyway_schema_history");
		assertThat(rows.get("act_re_deployment")).isEqualTo(
				this.jdbc.queryForObject("select count(*) from act_re_deployment", Long.class));
		assertThat(rows.get("audit_chain_head")).isEqualTo(
				this.jdbc.queryForObject("select count(*) from audit_chain_head", Long.class));
		assertThat(entries).containsKey("data/case_record.copy");
		assertThat(manifest.path("schemaVersion").asText()).isEqualTo(this.jdbc.queryForObject(
				"select version from flyway_schema_history where success order by installed_rank desc limit 1", String.class));
		// referenced tables load first
		assertThat(indexOf(manifest, "case_record")).isLessThan(indexOf(manifest, "report"));
	}

	@Test
	void nobodyElseGetsABackup() {
		HttpResponse<String> answer = ApiClient.as(this.port, "district1", "demo123").get("/api/admin/backup");

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(ApiClient.anonymous(this.port).get("/api/admin/backup").statusCode()).isEqualTo(401);
	}

	private static int indexOf(JsonNode manifest, String table) {
		for (int i = 0; i < manifest.path("tables").size(); i++) {
			if (manifest.path("tables").get(i).path("name").asText().equals(table)) {
				return i;
			}
		}
		return -1;
	}

}
