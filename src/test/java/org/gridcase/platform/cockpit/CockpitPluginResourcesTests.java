package org.gridcase.platform.cockpit;

import java.net.http.HttpResponse;

import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Cockpit configuration replaces the webjar's at the same class path location, and the
 * history plugin it names is served from the application's own jar.
 */
@IntegrationTest
class CockpitPluginResourcesTests {

	@LocalServerPort
	int port;

	@Test
	void cockpitLoadsTheHistoryPluginFromOurConfiguration() {
		ApiClient auditor = ApiClient.as(this.port, "auditor1", "demo123");

		HttpResponse<String> config = auditor.get("/camunda/app/cockpit/scripts/config.js");
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("customScripts: [", "'scripts/gridcase-history'");

		HttpResponse<String> plugin = auditor.get("/camunda/app/cockpit/scripts/gridcase-history.js");
		assertThat(plugin.statusCode()).isEqualTo(200);
		assertThat(plugin.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
		assertThat(plugin.body()).contains("gridcase-history-route", "cockpit.route", "cockpit.navigation", "案件历史");
	}

}
