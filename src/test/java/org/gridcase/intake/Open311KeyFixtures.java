package org.gridcase.intake;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Open311 API keys issued through the administrators' API, as a client system would get one. */
final class Open311KeyFixtures {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Open311KeyFixtures() {
	}

	/** A key just issued: its id and the key itself. */
	record IssuedKey(String id, String apiKey) {
	}

	static IssuedKey issue(int port, String name, String channel, String placeCode, int requestsPerMinute)
			throws Exception {
		HttpResponse<String> issued = ApiClient.as(port, "orgadmin", "demo123")
			.postJson("/api/open311/keys", """
					{"name":"%s","channel":"%s","placeCode":"%s","requestsPerMinute":%d}"""
				.formatted(name + " " + UUID.randomUUID().toString().substring(0, 8), channel, placeCode,
						requestsPerMinute));
		assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
		JsonNode body = JSON.readTree(issued.body());
		return new IssuedKey(body.path("key").path("id").asText(), body.path("apiKey").asText());
	}

}
