package org.gridcase.patrol;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page (/m/) in Chromium emulating a 360×640 phone whose position is faked through
 * the DevTools protocol.
 */
final class PhoneScreen {

	static final int WIDTH = 360;

	static final int HEIGHT = 640;

	private final ChromeDriver driver;

	private final String base;

	private final WebDriverWait wait;

	PhoneScreen(ChromeDriver driver, int port) {
		this.driver = driver;
		this.base = "http://localhost:" + port;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		cdp("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		cdp("Browser.grantPermissions", Map.of("origin", this.base, "permissions", List.of("geolocation")));
		cdp("Network.enable", Map.of());
	}

	/** Where the phone is (WGS84). */
	PhoneScreen at(double lon, double lat) {
		cdp("Emulation.setGeolocationOverride", Map.of("longitude", lon, "latitude", lat, "accuracy", 10));
		return this;
	}

	PhoneScreen online(boolean online) {
		cdp("Network.emulateNetworkConditions",
				Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
		return this;
	}

	/** Opens /m/ and signs in through the application's login form (default profile). */
	PhoneScreen login(String username) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(this.base + "/m/");
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form")));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys("demo123");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/m/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tabs button")));
		return this;
	}

	PhoneScreen tab(String name) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tabs button[data-tab=" + name + "]"))).click();
		return this;
	}

	/** Waits until an element shows the text; answers the element's text. */
	String waitFor(String css, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	/**
	 * Waits until the task list shows the text, asking for more tasks ("加载更多任务") while it
	 * does not: the list shows the soonest-due first, 30 at a time.
	 */
	String waitForTask(String text) {
		return this.wait.until(driver -> {
			String shown = driver.findElement(By.cssSelector("#view")).getText();
			if (shown.contains(text)) {
				return shown;
			}
			// the button ends the list: brought to the middle of the screen first, as a finger
			// scrolls it out from under the fixed tab bar
			driver.findElements(By.cssSelector("button[data-more]")).stream().findFirst().ifPresent(more -> {
				this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", more);
				screenshot("tasks-load-more");
				more.click();
			});
			return null;
		});
	}

	WebElement waitFor(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	void waitUntilGone(String css) {
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
	}

	/** Fills the report form; the photo (if any) as the camera input's file. */
	PhoneScreen fillReport(String subcategory, String description, String address, Path photo) {
		waitFor(".grid-found");
		new Select(this.driver.findElement(By.name("subcategory"))).selectByValue(subcategory);
		this.driver.findElement(By.name("description")).sendKeys(description);
		this.driver.findElement(By.name("address")).sendKeys(address);
		if (photo != null) {
			this.driver.findElement(By.id("photo-input")).sendKeys(photo.toAbsolutePath().toString());
			waitFor(".thumbs img");
		}
		return this;
	}

	void submitReport() {
		click(".report-form button[type=submit]");
	}

	void click(String css) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	void clickText(String text) {
		WebElement element = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text + "']")));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	void type(String css, String text) {
		WebElement element = waitFor(css);
		element.clear();
		element.sendKeys(text);
	}

	void reload() {
		this.driver.navigate().refresh();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tabs button")));
	}

	Object script(String asyncScript, Object... arguments) {
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return this.driver.executeAsyncScript(asyncScript, arguments);
	}

	/** Saves what the phone shows (360×640) as target/screenshots/mobile-{name}.png. */
	Path screenshot(String name) {
		Path target = Path.of("target", "screenshots", "mobile-" + name + ".png");
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	/** Scrolls so the element is at the top of the screen (for a screenshot of that part). */
	void scrollTo(String css) {
		this.driver.executeScript("window.scrollTo(0, document.querySelector(arguments[0]).getBoundingClientRect().top + window.scrollY - 56)", css);
	}

	private void cdp(String command, Map<String, Object> parameters) {
		this.driver.executeCdpCommand(command, parameters);
	}

}
