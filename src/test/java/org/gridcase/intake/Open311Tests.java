package org.gridcase.intake;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.gridcase.intake.Open311KeyFixtures.IssuedKey;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class Open311Tests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	GridDirectory grids;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void servicesAreTheReportCategoriesInJsonAndXml() throws Exception {
		HttpResponse<String> services = anonymous().get("/open311/v2/services.json?jurisdiction_id=410104");
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
		HttpResponse<String> otherJurisdiction = anonymous().get("/open311/v2/services.xml?jurisdiction_id=sfgov.org");
		assertThat(otherJurisdiction.statusCode()).isEqualTo(404);
		assertThat(otherJurisdiction.body()).contains("<errors>", "<code>404</code>", "jurisdiction_id");
	}

	@Test
	void fixMyStreetsStockRequestIsFiledOnTheKeysChannelAndReadBackWithoutTheReporter() throws Exception {
		IssuedKey key = Open311KeyFixtures.issue(this.port, "FixMyStreet 郑州", "WEB", DemoDistrict.FIRST_STREET, 60);
		GridView grid = this.grids.find("410104001002001").orElseThrow();
		String description = "title: 人行道井盖破损\n\ndetail: 井盖缺了一角，夜间行人容易踩空\n\nurl: https://fms.example/report/42";
		Map<String, String> stock = Map.ofEntries(Map.entry("api_key", key.apiKey()),
				Map.entry("jurisdiction_id", "410104"), Map.entry("service_code", "06-01"),
				Map.entry("lat", String.valueOf(grid.lat())), Map.entry("long", String.valueOf(grid.lon())),
				Map.entry("address_string", "金水河路12号"), Map.entry("description", description),
				Map.entry("email", "john.smith@example.com"), Map.entry("first_name", "John"),
				Map.entry("last_name", "Smith"), Map.entry("phone", "13900000000"),
				Map.entry("attribute[easting]", "529025"), Map.entry("attribute[prefer_contact]", "email"),
				Map.entry("media_url", "https://fms.example/photo/42.full.jpeg"));

		HttpResponse<String> created = form("/open311/v2/requests.xml", stock, null);

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = new XmlMapper().readTree(created.body()).path("request").path("service_request_id").asText();
		assertThat(id).matches("\\d{8}-\\d{6}");
		Map<String, Object> report = this.jdbc.queryForMap(
				"select r.channel, r.description, r.reporter_name, r.reporter_phone, r.submitted_by, o.email, o.media_url,"
						+ " o.attributes::text as attributes from report r join open311_request o using (tracking_number)"
						+ " where r.tracking_number = ?", id);
		assertThat(report).containsEntry("channel", "WEB")
			.containsEntry("description", description)
			.containsEntry("reporter_name", "John Smith")
			.containsEntry("reporter_phone", "13900000000")
			.containsEntry("email", "john.smith@example.com")
			.containsEntry("media_url", "https://fms.example/photo/42.full.jpeg");
		assertThat(report.get("submitted_by").toString()).startsWith("open311:FixMyStreet 郑州");
		assertThat(report.get("attributes").toString()).contains("\"easting\": \"529025\"", "prefer_contact");

		HttpResponse<String> readBack = anonymous().get("/open311/v2/requests/" + id + ".json?jurisdiction_id=410104");
		JsonNode request = this.json.readTree(readBack.body()).get(0);
		assertThat(request.path("description").asText()).isEqualTo(description);
		assertThat(request.path("lat").asDouble()).isEqualTo(grid.lat());
		assertThat(request.path("long").asDouble()).isEqualTo(grid.lon());
		assertThat(request.path("address").asText()).isEqualTo("金水河路12号");
		assertThat(request.path("status").asText()).isEqualTo("open");
		assertThat(request.path("service_name").asText()).isEqualTo("井盖缺失破损");
		assertThat(request.path("agency_responsible").asText()).isNotBlank();
		assertThat(request.path("expected_datetime").asText()).isNotBlank();
		assertThat(request.path("updated_datetime").asText()).isNotBlank();
		assertThat(request.path("media_url").asText()).isEqualTo("https://fms.example/photo/42.full.jpeg");
		assertThat(readBack.body()).doesNotContain("Smith", "13900000000", "example.com\"", "john");

		String start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString();
		String end = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).withNano(0).toString();
		HttpResponse<String> byDate = anonymous().get("/open311/v2/requests.xml?jurisdiction_id=410104&start_date="
				+ encode(start) + "&end_date=" + encode(end) + "&service_code=06-01,06-02&status=open");
		assertThat(byDate.statusCode()).as(byDate.body()).isEqualTo(200);
		assertThat(byDate.body()).contains("<service_requests>", "<service_request_id>" + id + "</service_request_id>",
				"<lat>" + grid.lat() + "</lat>");
		HttpResponse<String> closedOnly = anonymous().get("/open311/v2/requests.json?status=closed&start_date="
				+ encode(start) + "&end_date=" + encode(end));
		assertThat(closedOnly.body()).doesNotContain(id);
		HttpResponse<String> updates = anonymous().get("/open311/v2/servicerequestupdates.xml?jurisdiction_id=410104&api_key="
				+ encode(key.apiKey()) + "&start_date=" + encode(start) + "&end_date=" + encode(end));
		assertThat(updates.statusCode()).as(updates.body()).isEqualTo(200);
		assertThat(updates.body()).contains("<service_request_updates");
	}

	@Test
	void aJsonPostCarriesItsApiKeyInTheBody() throws Exception {
		IssuedKey key = Open311KeyFixtures.issue(this.port, "12345 平台", "HOTLINE_12345", "410104", 60);
		GridView grid = this.grids.find("410104005002003").orElseThrow();
		HttpResponse<String> created = anonymous().postJson("/open311/v2/requests.json?jurisdiction_id=410104", """
				{"api_key":"%s","service_code":"02-01","lat":%s,"long":%s,"description":"游商占道经营，堵塞人行道",
				 "attribute":{"hotline_ticket":"12345-0001"}}""".formatted(key.apiKey(), grid.lat(), grid.lon()));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = this.json.readTree(created.body()).get(0).path("service_request_id").asText();
		assertThat(this.jdbc.queryForObject("select channel from report where tracking_number = ?", String.class, id))
			.isEqualTo("HOTLINE_12345");
		assertThat(this.jdbc.queryForObject("select attributes->>'hotline_ticket' from open311_request where tracking_number = ?",
				String.class, id)).isEqualTo("12345-0001");
	}

	@Test
	void aKeyFilesOnlyForItsPlacesAndARevokedOrUnknownKeyIsRefused() throws Exception {
		IssuedKey key = Open311KeyFixtures.issue(this.port, "社区小程序", "MOBILE_APP", DemoDistrict.FIRST_GRID, 60);
		GridView elsewhere = this.grids.find("410104005002004").orElseThrow();
		Map<String, String> outside = Map.of("api_key", key.apiKey(), "service_code", "06-02", "lat",
				String.valueOf(elsewhere.lat()), "long", String.valueOf(elsewhere.lon()), "description", "路灯不亮已经三天");

		HttpResponse<String> refused = form("/open311/v2/requests.json", outside, null);
		HttpResponse<String> unknown = form("/open311/v2/requests.xml", Map.of("api_key", "o311_not-a-key",
				"service_code", "06-02", "description", "路灯不亮已经三天"), null);
		HttpResponse<String> revoked = ApiClient.as(this.port, "orgadmin", "demo123")
			.postJson("/api/open311/keys/" + key.id() + "/revoke", "");
		HttpResponse<String> afterRevoking = form("/open311/v2/requests.json", outside, null);
		HttpResponse<String> list = ApiClient.as(this.port, "orgadmin", "demo123").get("/api/open311/keys");

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
		assertThat(this.json.readTree(refused.body()).get(0).path("description").asText()).contains("lat/long",
				"api_key", DemoDistrict.FIRST_GRID);
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.body()).contains("<errors>", "<code>401</code>", "api_key");
		assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
		assertThat(this.json.readTree(revoked.body()).path("active").asBoolean()).isFalse();
		assertThat(afterRevoking.statusCode()).isEqualTo(401);
		assertThat(list.body()).contains(key.id(), key.apiKey().substring(0, 12)).doesNotContain(key.apiKey());
		assertThat(this.jdbc.queryForObject("select count(*) from open311_client_key where key_hash = ?", Integer.class,
				key.apiKey())).isZero();
	}

	@Test
	void onlyAdministratorsManageKeys() {
		ApiClient station = ApiClient.as(this.port, "station1", "demo123");
		assertThat(station.postJson("/api/open311/keys",
				"{\"name\":\"不该有的\",\"channel\":\"WEB\",\"placeCode\":\"410104\"}").statusCode()).isEqualTo(403);
		assertThat(station.get("/api/open311/keys").statusCode()).isEqualTo(403);
		HttpResponse<String> invalid = ApiClient.as(this.port, "orgadmin", "demo123")
			.postJson("/api/open311/keys", "{\"name\":\"无地点\",\"channel\":\"WEB\",\"placeCode\":\"999999\"}");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("placeCode");
	}

	@Test
	void eachKeyIsRateLimitedOnItsOwn() throws Exception {
		IssuedKey slow = Open311KeyFixtures.issue(this.port, "限速测试", "WEB", "410104", 2);
		String path = "/open311/v2/services.json?api_key=" + encode(slow.apiKey());
		assertThat(anonymous().get(path).statusCode()).isEqualTo(200);
		assertThat(anonymous().get(path).statusCode()).isEqualTo(200);

		HttpResponse<String> third = anonymous().get(path);

		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.json.readTree(third.body()).get(0).path("code").asInt()).isEqualTo(429);
	}

	@Test
	void staffFileWithTheirLoginAndFollowARequest() throws Exception {
		GridView grid = this.grids.find("410104005002003").orElseThrow();
		HttpResponse<String> created = form("/open311/v2/requests.json", Map.of("service_code", "02-01", "lat",
				String.valueOf(grid.lat()), "long", String.valueOf(grid.lon()), "description", "游商占道",
				"address_string", "东大街", "first_name", "三", "last_name", "张"), "district1");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = this.json.readTree(created.body()).get(0).path("service_request_id").asText();
		assertThat(this.jdbc.queryForObject("select reporter_name from report where tracking_number = ?", String.class, id))
			.isEqualTo("张三");
		HttpResponse<String> byId = anonymous().get("/open311/v2/requests/" + id + ".json");
		JsonNode request = this.json.readTree(byId.body()).get(0);
		assertThat(request.path("status").asText()).isEqualTo("open");
		assertThat(request.path("description").asText()).isEqualTo("游商占道");
		assertThat(byId.body()).doesNotContain("张", "first_name");
		HttpResponse<String> xml = anonymous().get("/open311/v2/requests.xml?service_request_id=" + id);
		assertThat(xml.body()).contains("<service_requests>", "<request>", "<service_request_id>" + id);
	}

	@Test
	void reportsThatDidNotComeThroughOpen311AreNotReadThere() {
		GridView grid = this.grids.find("410104005002003").orElseThrow();
		HttpResponse<String> filed = ApiClient.as(this.port, "district1", "demo123").postJson("/api/reports", """
				{"channel":"HOTLINE_12345","subcategory":"05-01","lon":%s,"lat":%s,"description":"邻居装修噪音纠纷"}"""
			.formatted(grid.lon(), grid.lat()));
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
		String id = filed.body().replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");

		assertThat(anonymous().get("/open311/v2/requests/" + id + ".json").statusCode()).isEqualTo(404);
		assertThat(anonymous().get("/open311/v2/requests.json?service_request_id=" + id).body()).isEqualTo("[]");
	}

	@Test
	void aRetriedRequestWithTheSameApiRequestIdAnswersTheFirstAndAnotherRequestIsRefused() throws Exception {
		GridView grid = this.grids.find("410104005002004").orElseThrow();
		Map<String, String> request = Map.of("service_code", "06-02", "api_request_id", "open311-retry-1", "lat",
				String.valueOf(grid.lat()), "long", String.valueOf(grid.lon()), "description", "路灯不亮");
		HttpResponse<String> first = form("/open311/v2/requests.json", request, "district1");
		HttpResponse<String> again = form("/open311/v2/requests.json", request, "district1");
		Map<String, String> other = new java.util.HashMap<>(request);
		other.put("description", "路灯不亮了");
		HttpResponse<String> different = form("/open311/v2/requests.json", other, "district1");

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(again.body()).get(0).path("service_request_id").asText())
			.isEqualTo(this.json.readTree(first.body()).get(0).path("service_request_id").asText());
		assertThat(different.statusCode()).isEqualTo(422);
		assertThat(this.json.readTree(different.body()).get(0).path("description").asText()).contains("api_request_id");
	}

	@Test
	void errorsNameTheOpen311FieldInChinese() throws Exception {
		HttpResponse<String> unknownService = form("/open311/v2/requests.json",
				Map.of("service_code", "99-99", "lat", "34.7", "long", "113.7", "description", "abcdef"), "district1");
		HttpResponse<String> outside = form("/open311/v2/requests.xml",
				Map.of("service_code", "01-01", "lat", "30", "long", "100", "description", "abcdef"), "district1");
		HttpResponse<String> tooShort = form("/open311/v2/requests.json",
				Map.of("service_code", "01-01", "lat", "34.673", "long", "113.663", "description", "ab"), "district1");
		HttpResponse<String> badDate = anonymous().get("/open311/v2/requests.json?start_date=yesterday");
		HttpResponse<String> missing = anonymous().get("/open311/v2/requests/20000101-000000.json");

		assertThat(unknownService.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(unknownService.body()).get(0).path("code").asInt()).isEqualTo(400);
		assertThat(this.json.readTree(unknownService.body()).get(0).path("description").asText()).startsWith("service_code: ");
		assertThat(outside.statusCode()).isEqualTo(400);
		assertThat(outside.body()).contains("<errors>", "<error>", "<code>400</code>", "long: ");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(tooShort.body()).get(0).path("description").asText())
			.isEqualTo("description: 须填写，4至2000个字符");
		assertThat(tooShort.body()).doesNotContain("submit.", "command.");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(badDate.body()).contains("start_date");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(this.json.readTree(missing.body()).get(0).path("code").asInt()).isEqualTo(404);
		HttpResponse<String> anonymousPost = anonymous().send(anonymous().request("/open311/v2/requests.json")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("service_code=01-01")));
		assertThat(anonymousPost.statusCode()).isEqualTo(401);
		assertThat(this.json.readTree(anonymousPost.body()).get(0).path("description").asText()).contains("api_key");
	}

	private HttpResponse<String> form(String path, Map<String, String> fields, String username) {
		ApiClient client = username == null ? anonymous() : ApiClient.as(this.port, username, "demo123");
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return client.send(client.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private ApiClient anonymous() {
		return ApiClient.anonymous(this.port);
	}

}
