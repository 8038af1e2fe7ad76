package org.gridcase.platform.cockpit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with a fresh profile each
 * time. Nothing is downloaded but Debian packages: when the browser, its driver or the CJK font
 * is missing, it is installed with apt-get if the tests run as root; otherwise the tests fail
 * naming the command to run.
 */
public final class Chromium {

	static final String INSTALL = "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver fonts-wqy-microhei";

	private static final Path BROWSER = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private Chromium() {
	}

	public static ChromeDriver start(Path profile) {
		installIfMissing();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1600,1200",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	private static synchronized void installIfMissing() {
		if (installed()) {
			return;
		}
		if (!"root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("Headless Chromium, chromedriver and a CJK font are needed for the browser tests; run as root: " + INSTALL);
		}
		try {
			Process install = new ProcessBuilder(List.of("sh", "-c", INSTALL)).inheritIO().start();
			if (install.waitFor() != 0 || !installed()) {
				throw new IllegalStateException("Installing the browser failed; run as root: " + INSTALL);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Installing the browser failed (" + ex.getMessage() + "); run as root: " + INSTALL, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while installing; run as root: " + INSTALL, ex);
		}
	}

	private static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER) && Files.exists(CJK_FONT);
	}

}
