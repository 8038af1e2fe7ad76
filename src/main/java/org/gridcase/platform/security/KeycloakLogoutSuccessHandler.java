package org.gridcase.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After our logout, sends the browser to Keycloak's end-session endpoint (with the ID token as
 * hint) so that the Keycloak session ends too, and back to the application afterwards.
 */
class KeycloakLogoutSuccessHandler implements LogoutSuccessHandler {

	private final String issuer;

	KeycloakLogoutSuccessHandler(String issuer) {
		this.issuer = issuer;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
			.replacePath(request.getContextPath() + "/")
			.replaceQuery(null)
			.build()
			.toUriString();
		UriComponentsBuilder logout = UriComponentsBuilder
			.fromUriString(this.issuer + "/protocol/openid-connect/logout")
			.queryParam("post_logout_redirect_uri", back)
			.queryParam("client_id", "gridcase-webapp");
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			logout.queryParam("id_token_hint", user.getIdToken().getTokenValue());
		}
		response.sendRedirect(logout.encode().build().toUriString());
	}

}
