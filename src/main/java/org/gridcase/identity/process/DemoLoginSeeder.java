package org.gridcase.identity.process;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without Keycloak: creates the realm export's users (with their passwords) in the engine's
 * identity store, so that the demo logins work the same with and without Keycloak.
 */
@Component
@Profile("!keycloak")
@ConditionalOnProperty(name = "gridcase.demo.enabled", havingValue = "true")
class DemoLoginSeeder implements ApplicationRunner {

	static final String REALM_EXPORT = "keycloak/gridcase-realm.json";

	private static final Logger log = LoggerFactory.getLogger(DemoLoginSeeder.class);

	private final IdentityService identityService;

	private final ObjectMapper objectMapper;

	DemoLoginSeeder(IdentityService identityService, ObjectMapper objectMapper) {
		this.identityService = identityService;
		this.objectMapper = objectMapper;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) throws IOException {
		int created = 0;
		try (InputStream realm = new ClassPathResource(REALM_EXPORT).getInputStream()) {
			for (JsonNode account : this.objectMapper.readTree(realm).path("users")) {
				String username = account.path("username").asText();
				if (account.has("serviceAccountClientId")
						|| this.identityService.createUserQuery().userId(username).count() > 0) {
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
		if (created > 0) {
			log.info("Created {} demo logins from {}", created, REALM_EXPORT);
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
