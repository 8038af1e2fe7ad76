package org.gridcase.platform;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OpenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApiDescriptionListsEveryEndpointOfOurs() throws Exception {
		HttpResponse<String> docs = ApiClient.as(this.port, "admin", "admin").get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode paths = new ObjectMapper().readTree(docs.body()).path("paths");

		Set<String> ours = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.gridcase") && !isPage(method)) {
				info.getPatternValues().forEach(ours::add);
			}
		});

		assertThat(ours).isNotEmpty().contains("/api/reports", "/api/cases/{id}", "/api/grids/{code}");
		assertThat(ours).allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
	}

	/** A page for people (a {@code @Controller}, not a {@code @RestController}) is not part of the API. */
	private static boolean isPage(HandlerMethod method) {
		return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				&& !method.hasMethodAnnotation(ResponseBody.class);
	}

	@Test
	void theApiDescriptionNeedsALogin() {
		assertThat(ApiClient.anonymous(this.port).get("/v3/api-docs").statusCode()).isIn(302, 401);
	}

}
