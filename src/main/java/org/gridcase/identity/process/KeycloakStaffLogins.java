package org.gridcase.identity.process;

import org.gridcase.shared.UserTexts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.gridcase.grid.OpenedLogin;
import org.gridcase.grid.StaffLogins;
import org.gridcase.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Profile {@code keycloak}: logins are Keycloak users, created through its Admin REST API by the
 * {@code gridcase-engine} service account (realm role {@code manage-users}) with the first
 * password as a temporary one: Keycloak asks for a new password at the first login
 * ({@code UPDATE_PASSWORD}). An existing Keycloak user is left as it is.
 */
@Component
@Profile("keycloak")
class KeycloakStaffLogins implements StaffLogins {

	private final RestClient keycloak;

	private final String tokenUrl;

	private final String clientId;

	private final String clientSecret;

	KeycloakStaffLogins(RestClient.Builder builder, @Value("${plugin.identity.keycloak.keycloak-admin-url}") String adminUrl,
			@Value("${gridcase.keycloak.realm-url}") String realmUrl,
			@Value("${plugin.identity.keycloak.client-id}") String clientId,
			@Value("${plugin.identity.keycloak.client-secret}") String clientSecret) {
		this.keycloak = builder.baseUrl(adminUrl).build();
		this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	@Override
	public Optional<OpenedLogin> open(String username, String name, String email, String firstPassword) {
		String authorization = "Bearer " + serviceAccountToken();
		JsonNode existing = this.keycloak.get()
			.uri(uri -> uri.path("/users").queryParam("username", username).queryParam("exact", true).build())
			.header("Authorization", authorization)
			.retrieve()
			.body(JsonNode.class);
		if (existing != null && !existing.isEmpty()) {
			return Optional.empty();
		}
		String password = firstPassword != null ? firstPassword : PasswordGenerator.firstPassword();
		ChineseName names = ChineseName.of(name);
		Map<String, Object> user = new HashMap<>();
		user.put("username", username);
		user.put("enabled", true);
		user.put("firstName", names.givenName());
		user.put("lastName", names.surname());
		if (email != null) {
			user.put("email", email);
		}
		user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", true)));
		user.put("requiredActions", List.of("UPDATE_PASSWORD"));
		try {
			this.keycloak.post()
				.uri("/users")
				.header("Authorization", authorization)
				.contentType(MediaType.APPLICATION_JSON)
				.body(user)
				.retrieve()
				.toBodilessEntity();
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.CONFLICT) {
				// Keycloak's users are unique by username and by e-mail address
				throw new InvalidInputException("email", UserTexts.get("login.email-taken"));
			}
			throw ex;
		}
		return Optional.of(new OpenedLogin(username, firstPassword != null ? null : password));
	}

	private String serviceAccountToken() {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.clientId);
		form.add("client_secret", this.clientSecret);
		JsonNode token = RestClient.create()
			.post()
			.uri(this.tokenUrl)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(JsonNode.class);
		return token.path("access_token").asText();
	}

}
