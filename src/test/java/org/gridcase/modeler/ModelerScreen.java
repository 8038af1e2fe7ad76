package org.gridcase.modeler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The modeler page (/modeler/) in the browser: its own controls and the parts of bpmn-js, its
 * properties panel and the element template chooser an administrator uses.
 */
final class ModelerScreen {

	/** Where the modeller's guide keeps its pictures, when asked to refresh them. */
	static final String GUIDE_PICTURES = "gridcase.guide-screenshots";

	private final ChromeDriver driver;

	private final String base;

	private final WebDriverWait wait;

	ModelerScreen(ChromeDriver driver, int port) {
		this.driver = driver;
		this.base = "http://localhost:" + port;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
	}

	/** Opens /modeler/ as this user through the login form; answers the text of the page shown. */
	String login(String username, String password) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(this.base + "/modeler/");
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form")));
		form.findElement(By.name("username")).sendKeys(username);
		form.findElement(By.name("password")).sendKeys(password);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/modeler/"));
		return this.driver.findElement(By.tagName("body")).getText();
	}

	ModelerScreen ready() {
		this.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
		return this;
	}

	String notice() {
		return this.driver.findElement(By.cssSelector(".gc-notice")).getText();
	}

	String waitForNotice(String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gc-notice"), text));
		return notice();
	}

	void tab(String label) {
		this.driver.findElement(By.xpath("//nav[@class='gc-tabs']/button[normalize-space()='" + label + "']")).click();
	}

	/** Opens a deployed model from the list on the left. */
	void open(String key) {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".gc-definitions a[data-key='" + key + "']"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gc-notice"), "已打开"));
	}

	/** A new process from one of the page's starting points. */
	void newProcess(String name, String key, String starter) {
		WebElement form = this.driver.findElement(By.cssSelector(".gc-new-model"));
		form.findElement(By.name("name")).sendKeys(name);
		form.findElement(By.name("key")).sendKeys(key);
		new Select(form.findElement(By.name("starter"))).selectByVisibleText(starter);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-element[data-element-id='Activity_Handle']")));
	}

	/** Selects an element on the canvas (a click on a selected element would deselect it). */
	void select(String elementId) {
		WebElement element = this.driver.findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"));
		if (!element.getDomAttribute("class").contains("selected")) {
			element.findElement(By.cssSelector(".djs-hit")).click();
		}
		this.wait.until(ExpectedConditions.attributeContains(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"), "class", "selected"));
	}

	/** Opens the template chooser of the selected element; answers the names it offers. */
	String openTemplateChooser() {
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".bio-properties-panel-select-template-button"))).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-popup"))).getText();
	}

	void chooseTemplate(String name) {
		this.driver.findElement(By.xpath("//div[contains(@class,'djs-popup')]//*[contains(@class,'entry')][.//*[normalize-space()='" + name + "']]")).click();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".djs-popup")));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bio-properties-panel-applied-template-button")));
	}

	/** Picks a value of a dropdown of an applied template (the group opens first). */
	void pick(String groupId, String label, String choice) {
		WebElement select = templateEntry(groupId, label, "select");
		String value = new Select(select).getOptions()
			.stream()
			.filter(option -> option.getText().equals(choice))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no choice " + choice + " for " + label))
			.getDomAttribute("value");
		// as a user's choice arrives: the panel reads the value on the input event
		this.driver.executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));"
				+ "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", select, value);
		this.wait.until(driver -> value.equals(templateEntry(groupId, label, "select").getDomProperty("value")));
	}

	void type(String groupId, String label, String text) {
		WebElement input = templateEntry(groupId, label, "input");
		input.clear();
		input.sendKeys(text, Keys.TAB);
	}

	/** Renames the selected element in the General group. */
	void rename(String name) {
		WebElement header = this.driver.findElement(By.cssSelector("[data-group-id='group-general'] .bio-properties-panel-group-header"));
		if (!header.getDomAttribute("class").contains("open")) {
			header.click();
		}
		WebElement input = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bio-properties-panel-name")));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(name, Keys.TAB);
	}

	private WebElement templateEntry(String groupId, String label, String control) {
		String group = "//div[@data-group-id='group-ElementTemplates__CustomProperties-" + groupId + "']";
		WebElement header = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(group + "/div[contains(@class,'bio-properties-panel-group-header')]")));
		if (!header.getDomAttribute("class").contains("open")) {
			header.click();
		}
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(group
				+ "//div[contains(@class,'bio-properties-panel-entry')][.//label[normalize-space()='" + label + "']]//" + control)));
	}

	String lint() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-lint strong"))).getText();
	}

	String compare() {
		this.driver.findElement(By.cssSelector(".gc-compare")).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-output .gc-diff"))).getText();
	}

	String deploy() {
		this.driver.findElement(By.cssSelector(".gc-deploy")).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-output .gc-deployed, .gc-output .gc-refusal"))).getText();
	}

	/** Previews the migration from the version named (e.g. "版本 1"); answers the preview. */
	String previewMigration(String sourceVersion) {
		this.driver.findElement(By.cssSelector(".gc-migrate-open")).click();
		WebElement source = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-migration-source")));
		new Select(source).getOptions()
			.stream()
			.filter(option -> option.getText().startsWith(sourceVersion + "（"))
			.findFirst()
			.orElseThrow()
			.click();
		this.driver.findElement(By.cssSelector(".gc-preview-migration")).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-migration-preview"))).getText();
	}

	String migrate() {
		this.driver.findElement(By.cssSelector(".gc-migrate")).click();
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gc-migration-result .gc-ok"))).getText();
	}

	/** Fills and submits one of the catalogue's forms; fields by name, selects by value. */
	String saveCatalogueEntry(String formClass, String... namesAndValues) {
		WebElement form = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form." + formClass)));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			WebElement field = form.findElement(By.name(namesAndValues[i]));
			if ("select".equals(field.getTagName())) {
				new Select(field).selectByValue(namesAndValues[i + 1]);
			}
			else {
				field.clear();
				field.sendKeys(namesAndValues[i + 1]);
			}
		}
		form.findElement(By.cssSelector("button[type=submit]")).click();
		return waitForNotice("已保存");
	}

	String catalogueRow(String tableClass, String code) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table." + tableClass + " tr[data-code='" + code + "']"))).getText();
	}

	String text(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
	}

	/**
	 * Saves the window as target/screenshots/modeler-{name}.png, for the record only (not for the guide).
	 */
	Path lastPage(String name) {
		Path target = Path.of("target", "screenshots", "modeler-" + name + ".png");
		try {
			Files.createDirectories(target.getParent());
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves the window as target/screenshots/modeler-{name}.png and, when the system property
	 * {@value #GUIDE_PICTURES} names a folder, copies it there for the modeller's guide.
	 */
	void screenshot(String name) {
		Path target = lastPage(name);
		try {
			String guide = System.getProperty(GUIDE_PICTURES);
			if (guide != null && !guide.isBlank()) {
				Path folder = Path.of(guide);
				Files.createDirectories(folder);
				Files.copy(target, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
