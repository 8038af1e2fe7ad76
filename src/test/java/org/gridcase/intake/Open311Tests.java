package org.gridcase.intake;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class Open311Tests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	GridDirectory grids;

	@Test
	void servicesAreTheReportCategoriesInJsonAndXml() throws Exception {
		HttpResponse<String> services = anonymous().get("/open311/v2/services.json");
		HttpResponse<String> servicesXml = anonymous().get("/open311/v2/services.xml");
		HttpResponse<String> definition = anonymous().get("/open311/v2/services/01-01.json");

		assertThat(services.statusCode()).isEqualTo(200);
		JsonNode list = this.json.readTree(services.body());
		assertThat(list.isArray()).isTrue();
		assertThat(list.get(0).path("service_code").asText()).isEqualTo("01-01");
		assertThat(list.get(0).path("service_name").asText()).isEqualTo("暴露垃圾");
		assertThat(servicesXml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
		assertThat(servicesXml.body()).contains("<services>", "<service>", "<service_code>01-01</service_code>");
		assertThat(definition.body()).contains("\"service_code\":\"01-01\"");
		assertThat(anonymous().get("/open311/v2/services/99-99.json").statusCode()).isEqualTo(404);
	}

	@Test
	void a311ClientFilesAndFollowsARequest() throws Exception {
		GridView grid = this.grids.find("410104005002003").orElseThrow();
		String form = "service_code=02-01&lat=" + grid.lat() + "&long=" + grid.lon()
				+ "&description=%E6%B8%B8%E5%95%86%E5%8D%A0%E9%81%93&address_string=%E4%B8%9C%E5%A4%A7%E8%A1%97&first_name=%E4%B8%89&last_name=%E5%BC%A0";
		HttpResponse<String> created = post("/open311/v2/requests.json", form);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = this.json.readTree(created.body()).get(0).path("service_request_id").asText();
		assertThat(id).matches("\\d{8}-\\d{6}");

		HttpResponse<String> byId = anonymous().get("/open311/v2/requests/" + id + ".json");
		JsonNode request = this.json.readTree(byId.body()).get(0);
		assertThat(request.path("status").asText()).isEqualTo("open");
		assertThat(request.path("service_code").asText()).isEqualTo("02-01");
		assertThat(request.path("expected_datetime").asText()).isNotBlank();
		assertThat(byId.body()).doesNotContain("张", "first_name");
		HttpResponse<String> xml = anonymous().get("/open311/v2/requests.xml?service_request_id=" + id);
		assertThat(xml.body()).contains("<service_requests>", "<request>", "<service_request_id>" + id);
	}

	@Test
	void aRetriedRequestWithTheSameApiRequestIdAnswersTheFirstAndAnotherRequestIsRefused() throws Exception {
		GridView grid = this.grids.find("410104005002004").orElseThrow();
		String form = "service_code=06-02&api_request_id=open311-retry-1&lat=" + grid.lat() + "&long=" + grid.lon()
				+ "&description=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE";
		HttpResponse<String> first = post("/open311/v2/requests.json", form);
		HttpResponse<String> again = post("/open311/v2/requests.json", form);
		HttpResponse<String> other = post("/open311/v2/requests.json", form + "%E4%BA%86");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(again.body()).get(0).path("service_request_id").asText())
			.isEqualTo(this.json.readTree(first.body()).get(0).path("service_request_id").asText());
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(other.body()).get(0).path("description").asText()).contains("api_request_id");
	}

	@Test
	void errorsComeInTheStandardFormat() throws Exception {
		HttpResponse<String> unknownService = post("/open311/v2/requests.json", "service_code=99-99&lat=34.7&long=113.7&description=abcdef");
		HttpResponse<String> outside = post("/open311/v2/requests.xml", "service_code=01-01&lat=30&long=100&description=abcdef");
		HttpResponse<String> missing = anonymous().get("/open311/v2/requests/20000101-000000.json");

		assertThat(unknownService.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(unknownService.body()).get(0).path("code").asInt()).isEqualTo(400);
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(outside.body()).contains("<errors>", "<error>", "<code>400</code>");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(ApiClient.anonymous(this.port).send(ApiClient.anonymous(this.port).request("/open311/v2/requests.json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("service_code=01-01"))).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> post(String path, String form) {
		ApiClient client = ApiClient.as(this.port, "district1", "demo123");
		return client.send(client.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
	}

	private ApiClient anonymous() {
		return ApiClient.anonymous(this.port);
	}

}
