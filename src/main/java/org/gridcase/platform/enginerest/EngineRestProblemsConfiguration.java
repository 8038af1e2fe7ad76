package org.gridcase.platform.enginerest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ProcessEngineProblems} and {@link RestProblems} with the engine REST API at
 * {@code /engine-rest} (the starter's Jersey configuration, replaced by one that adds them) and
 * with the webapps' Jersey applications, among them the engine API at
 * {@code /camunda/api/engine} that Tasklist submits forms through: the starter registers those
 * by class with no hook for providers, so the mappers are named in the servlet context
 * attribute Jersey merges into each application's properties. The webapps' other APIs
 * (Cockpit, Admin, Tasklist) get them too and answer as before for anything but the cases above.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestProblemsConfiguration {

	@Bean
	CamundaJerseyResourceConfig engineRestWithProblemMappers() {
		return new CamundaJerseyResourceConfig() {
			@Override
			protected void registerAdditionalResources() {
				register(ProcessEngineProblems.class);
				register(RestProblems.class);
			}
		};
	}

	@Bean
	ServletContextInitializer webappEngineApiProblemMappers() {
		return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
				ProcessEngineProblems.class.getName() + "," + RestProblems.class.getName());
	}

}
