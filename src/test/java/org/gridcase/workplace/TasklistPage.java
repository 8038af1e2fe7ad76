package org.gridcase.workplace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist in the browser, as grid staff use it: the login form, the filters with their counts,
 * task cards, the 案件信息 tab with photos and history, claiming and completing a form. Waits for
 * what it reads; our own texts are Chinese, Tasklist's are found by their place on the page.
 */
final class TasklistPage {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String tasklist;

	private final WebDriverWait wait;

	TasklistPage(ChromeDriver driver, int port) {
		this.driver = driver;
		this.tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
	}

	/** Opens Tasklist and signs in through the application's login form. */
	TasklistPage login(String username, String password) {
		this.driver.get(this.tasklist);
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form")));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys(password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
		return this;
	}

	/**
	 * The filters in the order shown, each with the count shown beside it, once they equal what
	 * {@code expected} answers (asked again while waiting: counts change as tasks do).
	 */
	Map<String, Long> filterCountsOnceEqualTo(Supplier<Map<String, Long>> expected) {
		this.wait.until(driver -> shownFilterCounts().equals(expected.get()));
		return shownFilterCounts();
	}

	Map<String, Long> shownFilterCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (WebElement filter : this.driver.findElements(By.cssSelector(".task-filter h4.name a"))) {
			List<WebElement> badge = filter.findElements(By.cssSelector(".gc-filter-count"));
			String name = (String) this.driver.executeScript("return Array.from(arguments[0].childNodes)"
					+ ".filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();", filter);
			counts.put(name, badge.isEmpty() ? null : Long.valueOf(badge.get(0).getText().trim()));
		}
		return counts;
	}

	TasklistPage openFilter(String name) {
		this.wait.until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'" + name + "')]")))
			.click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//h4/a[contains(normalize-space(.),'"
						+ name + "')]")));
		return this;
	}

	/**
	 * The card of the task whose case has the tracking number, once the plugin has drawn it (read
	 * again when the list refreshes meanwhile).
	 */
	Card card(String trackingNumber) {
		return this.wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			WebElement card = driver.findElement(cardOf(trackingNumber));
			return new Card(card.findElement(By.cssSelector("h4.task")).getText(),
					card.findElement(By.cssSelector(".gc-card")).getText(),
					card.findElements(By.cssSelector(".gc-card .gc-light .gc-dot")).size() == 1
							? card.findElement(By.cssSelector(".gc-card .gc-light")).getAttribute("class") : "");
		});
	}

	TasklistPage openTask(String trackingNumber) {
		this.wait.ignoring(StaleElementReferenceException.class).until(driver -> {
			driver.findElement(cardOf(trackingNumber)).findElement(By.cssSelector("h4.task a")).click();
			return true;
		});
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .nav-tabs")));
		return this;
	}

	private static By cardOf(String trackingNumber) {
		return By.xpath("//li[contains(@class,'task')][.//span[contains(@class,'gc-tracking') and normalize-space(.)='"
				+ trackingNumber + "']]");
	}

	/** Opens the task's 案件信息 tab and waits for its photos and history. */
	WebElement openCaseTab() {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='案件信息']")))
			.click();
		WebElement tab = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-case .gc-history")))
			.findElement(By.xpath("ancestor::div[contains(@class,'gc-case')]"));
		this.wait.until(driver -> thumbnails().stream()
			.allMatch(image -> Boolean.TRUE.equals(this.driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image))));
		return tab;
	}

	List<WebElement> thumbnails() {
		return this.driver.findElements(By.cssSelector(".gc-case .gc-thumbnail img"));
	}

	/** Clicks a thumbnail; answers the enlarged image once it has loaded. */
	WebElement enlarge(int index) {
		this.driver.findElements(By.cssSelector(".gc-case .gc-thumbnail")).get(index).click();
		WebElement image = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-lightbox .gc-lightbox-image")));
		this.wait.until(driver -> Boolean.TRUE.equals(this.driver
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
		return image;
	}

	TasklistPage closeLightbox() {
		this.driver.findElement(By.cssSelector(".gc-lightbox-close")).click();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".gc-lightbox")));
		return this;
	}

	/** Back to the form (Tasklist's first tab). */
	TasklistPage openFormTab() {
		this.driver.findElement(By.cssSelector(".task-details .nav-tabs li:first-child a")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
		return this;
	}

	TasklistPage claim() {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
		return this;
	}

	/** The form field labelled so (form-js), its input, select or text area. */
	WebElement field(String label) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class,'fjs-form-field')]"
				+ "[.//label[starts-with(normalize-space(.),'" + label + "')]]//*[self::input or self::textarea or self::select]")));
	}

	/** What the form field labelled so shows, its label included (a read-only select shows its option's label). */
	String fieldText(String label) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class,'fjs-form-field')]"
				+ "[.//label[starts-with(normalize-space(.),'" + label + "')]]"))).getText();
	}

	TasklistPage type(String label, String text) {
		WebElement field = field(label);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Checks the radio button of the option in the field labelled so. */
	TasklistPage choose(String label, String option) {
		WebElement radio = this.driver.findElement(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with("
				+ "normalize-space(.),'" + label + "')]]//label[normalize-space(.)='" + option + "']//input[@type='radio']"
				+ " | //div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.),'" + label
				+ "')]]//label[normalize-space(.)='" + option + "']/preceding-sibling::input[@type='radio'][1]"));
		click(radio);
		this.wait.until(driver -> radio.isSelected());
		return this;
	}

	/** Clicks Tasklist's complete button and waits until the form is gone. */
	TasklistPage complete() {
		WebElement complete = this.wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector(".task-details .form-actions button.btn-primary")));
		click(complete);
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-form")));
		return this;
	}

	private void click(WebElement element) {
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	/** What a task card shows: the task's name, the case line and the light's CSS classes. */
	record Card(String name, String caseLine, String lightClasses) {
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve("tasklist-" + name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
