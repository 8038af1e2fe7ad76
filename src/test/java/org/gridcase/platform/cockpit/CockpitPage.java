package org.gridcase.platform.cockpit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cockpit in the browser: the login form and GridCase's case history pages
 * (#/gridcase-history).
 */
final class CockpitPage {

	private final ChromeDriver driver;

	private final String cockpit;

	private final WebDriverWait wait;

	CockpitPage(ChromeDriver driver, int port) {
		this.driver = driver;
		this.cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
	}

	/** Opens Cockpit and signs in through the application's login form (default profile). */
	CockpitPage login(String username, String password) {
		this.driver.get(this.cockpit);
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form")));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys(password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/"));
		return this;
	}

	/** Waits for the dashboard with the case history link. */
	CockpitPage dashboard() {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-dashboard-link")));
		return this;
	}

	/** Follows the navigation entry to the case history search. */
	CockpitPage openHistorySearch() {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("案件历史"))).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.gc-search")));
		return this;
	}

	/** Searches by tracking number; answers the text of the results. */
	String search(String trackingNumber) {
		WebElement form = this.driver.findElement(By.cssSelector("form.gc-search"));
		form.findElement(By.name("trackingNumber")).sendKeys(trackingNumber);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-results .gc-count, .gc-results .gc-error")))
			.findElement(By.xpath("..")).getDomProperty("innerText");
	}

	/**
	 * Searches the instances of a grid and everything below it in one state ("运行中", "已结束"),
	 * with the given page size; answers the text of the results.
	 */
	String searchGrid(String gridCode, String state, int pageSize) {
		WebElement form = this.driver.findElement(By.cssSelector("form.gc-search"));
		form.findElement(By.name("gridCode")).sendKeys(gridCode);
		new Select(form.findElement(By.name("state"))).selectByVisibleText(state);
		new Select(form.findElement(By.name("pageSize"))).selectByVisibleText(pageSize + " 个");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		return resultsText();
	}

	/** The result rows shown (each row's cells, tab-separated). */
	java.util.List<String> resultRows() {
		return this.driver.findElements(By.cssSelector(".gc-results tbody tr"))
			.stream()
			.map(row -> row.getDomProperty("innerText"))
			.toList();
	}

	/** Turns to the next ("下一页") or previous ("上一页") page; answers the text of the results. */
	String turnPage(String button) {
		String before = this.driver.findElement(By.cssSelector(".gc-results .gc-page")).getText();
		this.driver.findElement(By.xpath("//div[contains(@class,'gc-pager')]//button[normalize-space()='" + button + "']"))
			.click();
		this.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.cssSelector(".gc-results .gc-page"), before)));
		return resultsText();
	}

	/** The links of the history view's case trace buttons, by label (打印, 导出PDF, 导出CSV). */
	java.util.Map<String, String> traceLinks() {
		return this.driver.findElements(By.cssSelector(".gc-trace-links a"))
			.stream()
			.collect(java.util.stream.Collectors.toMap(WebElement::getText, link -> link.getDomProperty("href")));
	}

	private String resultsText() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-results .gc-count, .gc-results .gc-error")))
			.findElement(By.xpath("..")).getDomProperty("innerText");
	}

	/** Opens the history of the instance of a process the search found; answers the page's text. */
	String openResult(String processName) {
		this.driver.findElement(By.xpath("//div[contains(@class,'gc-results')]//tr[td[2][normalize-space()='" + processName
				+ "']]//a")).click();
		return historyText();
	}

	/** Follows the link to a called instance of a process; answers the page's text. */
	String openCalled(String processName) {
		String current = this.driver.getCurrentUrl();
		this.driver.get(this.driver.findElement(By.xpath("//section[h3='调用的子流程']//tr[td[2][normalize-space()='"
				+ processName + "']]//a")).getDomProperty("href"));
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlToBe(current)));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gc-history h2"),
				"流程实例历史：" + processName));
		return historyText();
	}

	/** Opens the history view of an instance from within Cockpit (as a link to it would). */
	String openHistory(String processInstanceId) {
		this.driver.executeScript("window.location.hash = arguments[0]", "#/gridcase-history?instance=" + processInstanceId);
		return historyText();
	}

	/** Opens the history view of an instance without waiting for the plugin; answers the page's text. */
	String openHistoryPage(String processInstanceId) {
		this.driver.get(this.cockpit + "#/gridcase-history?instance=" + processInstanceId);
		return pageText();
	}

	/** What the webapp's engine API answers the signed-in user for a GET (status and body). */
	String engineApi(String path) {
		return (String) this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/camunda/api/engine/engine/default' + arguments[0], { headers: { Accept: 'application/json' } })
					.then(async response => done(response.status + ' ' + await response.text()))
					.catch(error => done('failed ' + error));
				""", path);
	}

	/** How many diagram elements are marked as passed. */
	int markedElements() {
		return this.driver.findElements(By.cssSelector(".gc-diagram .gc-taken")).size();
	}

	/** The page's rendered text, also the part scrolled out of Cockpit's view container. */
	String pageText() {
		return this.driver.findElement(By.tagName("body")).getDomProperty("innerText");
	}

	WebDriver driver() {
		return this.driver;
	}

	/**
	 * Saves the whole page as target/screenshots/{name}.png: the window grows to the height of
	 * the history view (Cockpit scrolls inside its own container) for the picture.
	 */
	Path screenshot(String name) {
		Path target = Path.of("target", "screenshots", name + ".png");
		Dimension size = this.driver.manage().window().getSize();
		try {
			Number height = (Number) this.driver.executeScript("""
					const view = document.querySelector('.gc-history');
					return view ? view.getBoundingClientRect().top + view.scrollHeight + 240 : 0;
					""");
			if (height.intValue() > size.getHeight()) {
				this.driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height.intValue(), 8000)));
			}
			Files.createDirectories(target.getParent());
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
			this.driver.manage().window().setSize(size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	private String historyText() {
		this.wait.until(ExpectedConditions.or(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-diagram svg")),
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-diagram .gc-error")),
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-denied"))));
		return this.driver.findElement(By.cssSelector(".gc-history")).getDomProperty("innerText");
	}

}
