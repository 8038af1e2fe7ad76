package org.gridcase.supervision.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervision page (/supervision/) in Chromium: a 1366×768 desktop or a 360×640 phone,
 * downloads saved to a directory of the test's.
 */
final class SupervisionScreen {

	private final ChromeDriver driver;

	private final String base;

	private final Path downloads;

	private final WebDriverWait wait;

	SupervisionScreen(ChromeDriver driver, int port, Path downloads) {
		this.driver = driver;
		this.base = "http://localhost:" + port;
		this.downloads = downloads;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
		desktop();
	}

	SupervisionScreen desktop() {
		return size(1366, 768, false);
	}

	SupervisionScreen phone() {
		return size(360, 640, true);
	}

	private SupervisionScreen size(int width, int height, boolean mobile) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
		return this;
	}

	/** Opens /supervision/, which sends the browser to the login form, and signs in (default profile). */
	SupervisionScreen login(String username) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(this.base + "/supervision/");
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form")));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys("demo123");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/supervision/"));
		waitFor("#panel-board .totals");
		return this;
	}

	WebElement waitFor(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	/** Waits until an element shows the text; answers the element's text. */
	String waitFor(String css, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	/** Waits until every panel has loaded (no 正在加载…) and the charts have drawn. */
	void waitUntilLoaded() {
		this.wait.until((d) -> d.findElements(By.xpath("//main//*[normalize-space()='正在加载…']")).isEmpty());
		this.wait.until((d) -> d.findElements(By.cssSelector("#panel-map canvas, #panel-trend canvas")).size() >= 2);
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	String attribute(String css, String name) {
		return this.driver.findElement(By.cssSelector(css)).getDomAttribute(name);
	}

	void click(String css) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** Clicks an export link and answers the file the browser saved. */
	Path download(String css) {
		click(css);
		this.wait.until((d) -> finishedDownload() != null);
		return finishedDownload();
	}

	private Path finishedDownload() {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.filter((f) -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fetches a URL with the page's session: {status, contentType, first bytes as hex}. */
	@SuppressWarnings("unchecked")
	Map<String, Object> fetch(String url) {
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return (Map<String, Object>) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(async (r) => {
				    const bytes = new Uint8Array(await r.arrayBuffer());
				    done({ status: r.status, contentType: r.headers.get('Content-Type'),
				      disposition: r.headers.get('Content-Disposition'),
				      head: Array.from(bytes.slice(0, 4), (b) => b.toString(16).padStart(2, '0')).join('') });
				  })
				  .catch((e) => done({ status: -1, error: String(e) }));
				""", url);
	}

	void open(String path) {
		this.driver.get(path.startsWith("http") ? path : this.base + path);
	}

	/** Saves the whole page (beyond the viewport) as target/screenshots/supervision-{name}.png. */
	Path screenshot(String name) {
		Path target = Path.of("target", "screenshots", "supervision-" + name + ".png");
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
				"captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height",
						size.get("height"), "scale", 1)));
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

}
