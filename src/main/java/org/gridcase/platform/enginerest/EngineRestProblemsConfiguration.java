package org.gridcase.platform.enginerest;

import org.glassfish.jersey.server.ServerProperties;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ProcessEngineProblems} and {@link RestProblems} with every Jersey application
 * of the servlet context — the engine REST API at {@code /engine-rest} and the webapps' engine
 * API at {@code /camunda/api/engine} (which Tasklist submits forms through) — as a context
 * parameter Jersey reads when it builds each application. The webapps' applications are
 * registered by the Camunda starter with no hook for providers.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestProblemsConfiguration {

	@Bean
	ServletContextInitializer engineRestProblemMappers() {
		return servletContext -> servletContext.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
				ProcessEngineProblems.class.getName() + "," + RestProblems.class.getName());
	}

}
