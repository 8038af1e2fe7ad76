package org.gridcase.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How Keycloak access tokens are checked: signed by the realm's keys (its JWK set), issued by
 * the realm under its public URL, meant for us ({@code aud} contains the configured audience),
 * and not expired beyond {@code gridcase.security.jwt-clock-skew}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
class KeycloakTokenConfiguration {

	@Bean
	JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, @Value("${gridcase.keycloak.issuer}") String issuer,
			@Value("${gridcase.security.jwt-clock-skew:60s}") Duration clockSkew) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwt().getJwkSetUri()).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
				new JwtIssuerValidator(issuer), new JwtClaimValidator<java.util.List<String>>(JwtClaimNames.AUD,
						audiences -> audiences != null && audiences.stream().anyMatch(properties.getJwt().getAudiences()::contains))));
		return decoder;
	}

}
