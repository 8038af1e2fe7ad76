package org.gridcase.platform.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our login page (default profile): Chinese, the product's and district's name, why one is
 * there, and afterwards the page one wanted.
 */
@IntegrationTest
class LoginPageTests {

	@LocalServerPort
	int port;

	@Test
	void loginPageIsChineseWithTheProductAndTheDistrict() {
		HttpResponse<String> page = new LoginBrowser(this.port).get("/login");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GridCase 网格化案件管理", "管城回族区", "用户名", "密码", "登录",
				"name=\"viewport\"", "name=\"_csrf\"")
			.doesNotContain("Please sign in", "http://", "https://");
	}

	@Test
	void aWrongPasswordIsSaidInChinese() {
		LoginBrowser browser = new LoginBrowser(this.port, "203.0.113.91");

		HttpResponse<String> refused = browser.login("gridleader1", "wrong-password");

		assertThat(LoginBrowser.location(refused)).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
	}

	@Test
	void afterLoginTheUserGoesWhereTheyWantedElseToTasklist() {
		LoginBrowser toPhonePage = new LoginBrowser(this.port);
		assertThat(LoginBrowser.location(toPhonePage.get("/m/"))).endsWith("/login");
		assertThat(LoginBrowser.location(toPhonePage.login("gridworker1", "demo123"))).contains("/m/");

		LoginBrowser direct = new LoginBrowser(this.port);
		assertThat(LoginBrowser.location(direct.login("gridworker1", "demo123")))
			.endsWith("/camunda/app/tasklist/default/");
	}

	@Test
	void loggingOutIsConfirmedInChinese() {
		LoginBrowser browser = new LoginBrowser(this.port);
		browser.login("gridworker1", "demo123");

		HttpResponse<String> loggedOut = browser.submit("/login", "/logout", Map.of());

		assertThat(LoginBrowser.location(loggedOut)).endsWith("/login?logout");
		assertThat(browser.get("/login?logout").body()).contains("您已安全退出");
	}

	@Test
	void aPageOpenedWithAnExpiredSessionSaysSo() {
		LoginBrowser browser = new LoginBrowser(this.port);

		HttpResponse<String> expired = browser.send(HttpRequest.newBuilder(browser.uri("/camunda/app/tasklist/default/"))
			.header("Accept", "text/html")
			.header("Cookie", "JSESSIONID=" + UUID.randomUUID()));

		assertThat(LoginBrowser.location(expired)).endsWith("/login?expired");
		assertThat(browser.get("/login?expired").body()).contains("会话已过期");
	}

	@Test
	void tooManyFailedLoginsAreSaidInChineseWith429() {
		String username = "locked" + UUID.randomUUID().toString().substring(0, 8);
		LoginBrowser browser = new LoginBrowser(this.port, "203.0.113.90");
		// application-test.yml: 10 failures per user
		for (int i = 0; i < 10; i++) {
			assertThat(LoginBrowser.location(browser.login(username, "guess" + i))).endsWith("/login?error");
		}

		HttpResponse<String> locked = browser.login(username, "guess");

		assertThat(LoginBrowser.location(locked)).contains("/login?locked=");
		HttpResponse<String> page = browser.get(LoginBrowser.location(locked).replaceFirst("^https?://[^/]+", ""));
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("登录失败次数过多", "秒后再试");
	}

}
