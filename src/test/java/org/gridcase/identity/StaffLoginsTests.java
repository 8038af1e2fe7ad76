package org.gridcase.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.OrganisationFixtures;
import org.gridcase.platform.security.LoginBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Default profile: a person appointed through the organisation API or an import can log in at
 * once, with a first password they must replace before anything else.
 */
@IntegrationTest
class StaffLoginsTests {

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void aPersonSavedThroughTheApiGetsALoginWithAGeneratedFirstPasswordShownOnce() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		String username = OrganisationFixtures.newUsername();

		HttpResponse<String> saved = admin.putJson("/api/people/" + username, "{\"name\":\"李新来\",\"phone\":\"13800000001\"}");

		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		String firstPassword = this.json.readTree(saved.body()).path("login").path("generatedPassword").asText();
		assertThat(firstPassword).hasSize(12);
		HttpResponse<String> savedAgain = admin.putJson("/api/people/" + username, "{\"name\":\"李新来\"}");
		assertThat(this.json.readTree(savedAgain.body()).has("login")).as("the login exists: nothing shown").isFalse();

		LoginBrowser browser = new LoginBrowser(this.port);
		assertThat(LoginBrowser.location(browser.get("/m/"))).endsWith("/login");
		assertThat(LoginBrowser.location(browser.login(username, firstPassword))).contains("/m/");
		assertThat(LoginBrowser.location(browser.get("/m/"))).as("nothing but the change page")
			.endsWith("/login/password");
		assertThat(LoginBrowser.location(browser.get("/camunda/app/tasklist/default/"))).endsWith("/login/password");
		HttpResponse<String> api = ApiClient.as(this.port, username, firstPassword).get("/api/people/" + username + "/roles");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("请先修改初始密码");
		assertThat(browser.get("/login/password").body()).contains("修改初始密码", username);

		HttpResponse<String> mismatch = browser.submit("/login/password", "/login/password",
				Map.of("currentPassword", firstPassword, "newPassword", "mein-neues-1", "confirmPassword", "other-one-1"));
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body()).contains("两次输入的新密码不一致");

		HttpResponse<String> changed = browser.submit("/login/password", "/login/password",
				Map.of("currentPassword", firstPassword, "newPassword", "grid-new-pw1", "confirmPassword", "grid-new-pw1"));
		assertThat(LoginBrowser.location(changed)).as("on to the page they opened last")
			.contains("/camunda/app/tasklist/default/");
		assertThat(LoginBrowser.location(browser.get("/m/"))).doesNotContain("/login");
		assertThat(ApiClient.as(this.port, username, "grid-new-pw1").get("/api/people/" + username + "/roles").statusCode())
			.isEqualTo(200);
		assertThat(LoginBrowser.location(new LoginBrowser(this.port).login(username, "grid-new-pw1")))
			.endsWith("/camunda/app/tasklist/default/");
		// last: a refused password makes the engine delay the next check for a few seconds
		HttpResponse<String> wrongCurrent = browser.submit("/login/password", "/login/password",
				Map.of("currentPassword", "not-it-at-all", "newPassword", "grid-new-pw2", "confirmPassword", "grid-new-pw2"));
		assertThat(wrongCurrent.body()).contains("当前密码不正确");
		assertThat(ApiClient.as(this.port, username, firstPassword).get("/api/people/" + username + "/roles").statusCode())
			.isEqualTo(401);
	}

	@Test
	void theAdministratorMayChooseTheFirstPassword() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		String username = OrganisationFixtures.newUsername();

		HttpResponse<String> saved = admin.putJson("/api/people/" + username,
				"{\"name\":\"张初始\",\"firstPassword\":\"Chushi-2026\"}");

		JsonNode login = this.json.readTree(saved.body()).path("login");
		assertThat(login.path("username").asText()).isEqualTo(username);
		assertThat(login.has("generatedPassword")).isFalse();
		assertThat(LoginBrowser.location(new LoginBrowser(this.port).login(username, "Chushi-2026")))
			.endsWith("/camunda/app/tasklist/default/");
		HttpResponse<String> tooShort = admin.putJson("/api/people/" + OrganisationFixtures.newUsername(),
				"{\"name\":\"张短\",\"firstPassword\":\"short\"}");
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("\"field\":\"firstPassword\"");
	}

	@Test
	void peopleImportedGetLoginsTheReportNames() throws Exception {
		ApiClient admin = ApiClient.as(this.port, "orgadmin", "demo123");
		String chosen = OrganisationFixtures.newUsername();
		String generated = OrganisationFixtures.newUsername();

		HttpResponse<String> imported = admin.postFiles("/api/organisation/import", "people",
				"username,name,phone,email,first_password\n" + chosen + ",赵导入,,,Daoru-2026x\n" + generated + ",钱导入,,,\n");

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		JsonNode logins = this.json.readTree(imported.body()).path("logins");
		assertThat(logins).hasSize(2);
		assertThat(logins.get(0).path("username").asText()).isEqualTo(chosen);
		assertThat(logins.get(0).has("generatedPassword")).isFalse();
		String firstPassword = logins.get(1).path("generatedPassword").asText();
		assertThat(LoginBrowser.location(new LoginBrowser(this.port).login(chosen, "Daoru-2026x"))).doesNotContain("error");
		LoginBrowser browser = new LoginBrowser(this.port);
		browser.login(generated, firstPassword);
		assertThat(LoginBrowser.location(browser.get("/camunda/app/tasklist/default/"))).endsWith("/login/password");

		HttpResponse<String> again = admin.postFiles("/api/organisation/import", "people",
				"username,name,phone,email,first_password\n" + chosen + ",赵导入,,,Daoru-2026x\n" + generated + ",钱导入,,,\n");
		assertThat(this.json.readTree(again.body()).path("logins")).as("importing twice opens nothing").isEmpty();
	}

}
