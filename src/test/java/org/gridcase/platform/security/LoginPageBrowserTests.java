package org.gridcase.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.OrganisationFixtures;
import org.gridcase.platform.cockpit.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our login and change-password pages in a phone's browser (360×640, headless Chromium):
 * nothing wider than the screen; screenshots under target/screenshots/.
 */
@IntegrationTest
class LoginPageBrowserTests {

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	private ChromeDriver browser;

	@BeforeEach
	void startAPhoneSizedBrowser() {
		this.browser = Chromium.start(this.profile);
		this.browser.manage().window().setSize(new Dimension(360, 640));
	}

	@AfterEach
	void quitTheBrowser() {
		this.browser.quit();
	}

	@Test
	void aNewlyAppointedPersonLogsInOnAPhoneAndChoosesTheirPassword() throws Exception {
		String username = OrganisationFixtures.newUsername();
		String firstPassword = new ObjectMapper().readTree(ApiClient.as(this.port, "orgadmin", "demo123")
			.putJson("/api/people/" + username, "{\"name\":\"周手机\"}")
			.body()).path("login").path("generatedPassword").asText();

		this.browser.get("http://localhost:" + this.port + "/login");
		assertThat(this.browser.getTitle()).contains("GridCase 网格化案件管理");
		assertFitsTheScreen();
		screenshot("login-360");
		fill("username", username);
		fill("password", "wrong-password");
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(this.browser.findElement(By.cssSelector(".error")).getText()).isEqualTo("用户名或密码错误");
		screenshot("login-360-wrong-password");
		fill("username", username);
		fill("password", firstPassword);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();

		new WebDriverWait(this.browser, java.time.Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login/password"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("修改初始密码");
		assertFitsTheScreen();
		screenshot("first-password-360");
		fill("currentPassword", firstPassword);
		fill("newPassword", "Shouji-2026");
		fill("confirmPassword", "Shouji-2026");
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(this.browser, java.time.Duration.ofSeconds(60))
			.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
	}

	private void fill(String id, String value) {
		var field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
	}

	private void assertFitsTheScreen() {
		Number width = (Number) this.browser.executeScript("return document.documentElement.scrollWidth");
		Number viewport = (Number) this.browser.executeScript("return window.innerWidth");
		assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(viewport.intValue());
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
