package org.gridcase.platform.webapps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One of the four Camunda webapps (welcome, tasklist, cockpit, admin) in a browser that speaks
 * English and runs on UTC, as a district's staff might have it set up.
 */
final class WebappPage {

	private final ChromeDriver driver;

	private final String webapps;

	private final WebDriverWait wait;

	WebappPage(ChromeDriver driver, int port) {
		this.driver = driver;
		this.webapps = "http://localhost:" + port + "/camunda/app/";
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
	}

	/** Makes the browser English-speaking (language and Accept-Language) and its clock UTC. */
	WebappPage inAnEnglishBrowserOnUtc() {
		String userAgent = (String) this.driver.executeScript("return navigator.userAgent");
		this.driver.executeCdpCommand("Emulation.setUserAgentOverride",
				Map.of("userAgent", userAgent, "acceptLanguage", "en-US,en"));
		this.driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-US"));
		this.driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
		return this;
	}

	/** Opens an app and signs in through the application's login form (default profile). */
	WebappPage login(String app, String username, String password) {
		this.driver.get(this.webapps + app + "/default/");
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form")));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys(password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/camunda/app/" + app + "/"));
		return shown("footer .gc-district");
	}

	/** Goes to a page of an app the user is signed in to, e.g. ("admin", "#/users"). */
	WebappPage open(String app, String page) {
		this.driver.get(this.webapps + app + "/default/" + page);
		return shown("footer .gc-district");
	}

	/** Waits until the page shows every one of the texts. */
	WebappPage showing(String... texts) {
		this.wait.until(driver -> {
			String page = text();
			for (String text : texts) {
				if (!page.contains(text)) {
					return false;
				}
			}
			return true;
		});
		return this;
	}

	/** Waits until the page no longer shows the text (e.g. "正在加载", loading). */
	WebappPage notShowing(String text) {
		this.wait.until(driver -> !text().contains(text));
		return this;
	}

	WebappPage shown(String cssSelector) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
		return this;
	}

	WebappPage click(String linkText) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(linkText))).click();
		return this;
	}

	/** Picks a language with the switch in the footer; the page loads again in it. */
	WebappPage chooseLanguage(String language) {
		this.driver.findElement(By.cssSelector("footer .gc-district a[data-language='" + language + "']")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("footer .gc-district strong[data-language='" + language + "']")));
		return this;
	}

	/** The language the browser tells web pages it speaks. */
	String browserLanguage() {
		return (String) this.driver.executeScript("return navigator.language");
	}

	/** The browser's own time zone. */
	String browserTimeZone() {
		return (String) this.driver.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
	}

	/** The page's text, as far as it is rendered. */
	String text() {
		return this.driver.findElement(By.tagName("body")).getDomProperty("innerText");
	}

	/** The tooltips of the page's elements (Tasklist shows full dates in them). */
	List<String> tooltips() {
		return this.driver.findElements(By.cssSelector("[uib-tooltip]"))
			.stream()
			.map(element -> element.getDomAttribute("uib-tooltip"))
			.toList();
	}

	/** The text of the first element the selector finds, once it shows. */
	String textOf(String cssSelector) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector))).getText();
	}

	boolean migrationBannerShown() {
		return this.driver.findElements(By.cssSelector(".ce-eol-banner")).stream().anyMatch(WebElement::isDisplayed);
	}

	/** Saves the window as target/screenshots/{name}.png. */
	Path screenshot(String name) {
		Path target = Path.of("target", "screenshots", name + ".png");
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

}
