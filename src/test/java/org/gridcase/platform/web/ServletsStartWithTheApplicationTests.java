package org.gridcase.platform.web;

import java.util.Arrays;
import java.util.List;

import org.apache.catalina.Container;
import org.apache.catalina.Wrapper;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine REST API (Jersey) and Spring MVC are started with the application: left to their
 * first request, Jersey builds its resource model while that request and all arriving meanwhile
 * wait (seconds on a busy machine; the first task lists after a start were that slow).
 */
@IntegrationTest
class ServletsStartWithTheApplicationTests {

	@Autowired
	ServletWebServerApplicationContext application;

	@Test
	void theEngineRestApiAndSpringMvcLoadOnStartup() {
		Container context = ((TomcatWebServer) this.application.getWebServer()).getTomcat().getHost().findChildren()[0];
		List<Wrapper> servlets = Arrays.stream(context.findChildren()).map(Wrapper.class::cast).toList();
		assertThat(servlets).filteredOn(servlet -> Arrays.asList(servlet.findMappings()).contains("/engine-rest/*"))
			.singleElement()
			.satisfies(engineRest -> assertThat(engineRest.getLoadOnStartup()).isNotNegative());
		assertThat(servlets).filteredOn(servlet -> Arrays.asList(servlet.findMappings()).contains("/"))
			.singleElement()
			.satisfies(springMvc -> assertThat(springMvc.getLoadOnStartup()).isNotNegative());
	}

}
