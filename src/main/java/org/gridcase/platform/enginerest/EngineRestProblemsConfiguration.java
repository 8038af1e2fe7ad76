package org.gridcase.platform.enginerest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import org.gridcase.shared.UserTexts;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

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
				register(DataAccessProblems.class);
			}
		};
	}

	/**
	 * External task workers fetch and lock at {@code /engine-rest}. The webapps' copy of the
	 * engine API runs behind the webapps' synchronous filters, where the long-polling resource
	 * cannot suspend and the container answers 500: there it is answered as not found.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> noExternalTaskFetchingInTheWebapps() {
		OncePerRequestFilter notHere = new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !request.getRequestURI().endsWith("/external-task/fetchAndLock");
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws IOException {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\""
							+ UserTexts.get("problem.fetch-and-lock-elsewhere") + "\"}");
			}
		};
		var registration = new FilterRegistrationBean<>(notHere);
		registration.addUrlPatterns("/camunda/api/engine/engine/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		registration.setName("noExternalTaskFetchingInTheWebapps");
		return registration;
	}

	@Bean
	ServletContextInitializer webappEngineApiProblemMappers() {
		return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
				ProcessEngineProblems.class.getName() + "," + RestProblems.class.getName());
	}

}
