package org.gridcase.identity.process;

import org.gridcase.grid.Staffing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code keycloak}: the engine reads users and groups from Keycloak through the
 * {@code gridcase-engine} service account (settings {@code plugin.identity.keycloak.*}), plus the
 * organisation's roles at places.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakIdentityConfiguration {

	@Bean
	@ConfigurationProperties("plugin.identity.keycloak")
	OrganisationKeycloakIdentityProviderPlugin keycloakIdentityProviderPlugin(Staffing staffing) {
		return new OrganisationKeycloakIdentityProviderPlugin(new OrganisationGroups(staffing));
	}

}
