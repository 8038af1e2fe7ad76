package org.gridcase.identity.process;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the realm export's users (with their passwords) in the engine's identity store, and
 * lets every logged-in user open Tasklist and its shared task filters. What each user may see
 * there follows from the tasks' candidate groups (their roles in the organisation).
 */
@Component
@ConditionalOnProperty(name = "gridcase.demo.enabled", havingValue = "true")
class DemoLoginSeeder implements ApplicationRunner {

	static final String REALM_EXPORT = "keycloak/gridcase-realm.json";

	private static final Logger log = LoggerFactory.getLogger(DemoLoginSeeder.class);

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final FilterService filterService;

	private final ObjectMapper objectMapper;

	DemoLoginSeeder(IdentityService identityService, AuthorizationService authorizationService,
			FilterService filterService, ObjectMapper objectMapper) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.filterService = filterService;
		this.objectMapper = objectMapper;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		int created = 0;
		try (InputStream realm = new ClassPathResource(REALM_EXPORT).getInputStream()) {
			for (JsonNode account : this.objectMapper.readTree(realm).path("users")) {
				String username = account.path("username").asText();
				if (this.identityService.createUserQuery().userId(username).count() > 0) {
					continue;
				}
				User user = this.identityService.newUser(username);
				user.setFirstName(account.path("firstName").asText(null));
				user.setLastName(account.path("lastName").asText(null));
				user.setEmail(account.path("email").asText(null));
				user.setPassword(password(account));
				this.identityService.saveUser(user);
				created++;
			}
		}
		grantToAllUsers(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		for (Filter filter : this.filterService.createFilterQuery().list()) {
			grantToAllUsers(Resources.FILTER, filter.getId(), Permissions.READ);
		}
		if (created > 0) {
			log.info("Created {} demo logins from {}", created, REALM_EXPORT);
		}
	}

	private void grantToAllUsers(Resources resource, String resourceId, Permissions permission) {
		boolean granted = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GLOBAL)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (!granted) {
			Authorization authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
			authorization.setUserId(Authorization.ANY);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
			authorization.addPermission(permission);
			this.authorizationService.saveAuthorization(authorization);
		}
	}

	private static String password(JsonNode account) {
		for (JsonNode credential : account.path("credentials")) {
			if ("password".equals(credential.path("type").asText())) {
				return credential.path("value").asText();
			}
		}
		throw new IllegalStateException("Demo login " + account.path("username").asText() + " has no password");
	}

}
