package org.gridcase.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gridcase.cases.CaseStep;
import org.gridcase.cases.HandlingLevel;
import org.gridcase.deadlines.Light;
import org.gridcase.deadlines.LimitUnit;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.Role;
import org.gridcase.intake.Channel;
import org.gridcase.notify.NotificationChannel;
import org.gridcase.notify.NotificationKind;
import org.gridcase.notify.Satisfaction;
import org.junit.jupiter.api.Test;

import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

class UserTextsTests {

	/** Synthetic demo data: data, not wording. */
	private static final Set<String> DATA_FILES = Set.of("DemoDistrict.java");

	private static final Pattern CHINESE_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\\p{IsHan}(?:[^\"\\\\]|\\\\.)*\"");

	private static final Pattern TEXT_KEY = Pattern.compile("UserTexts\\.get\\(\\s*\"([^\"]+)\"\\s*[,)]");

	@Test
	void noJavaFileSpellsOutWhatUsersRead() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path file : javaSources()) {
			if (DATA_FILES.contains(file.getFileName().toString())) {
				continue;
			}
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int number = 1; number <= lines.size(); number++) {
				String line = lines.get(number - 1).strip();
				// comments, and patterns that parse Chinese text (addresses) rather than say something
				if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*") || line.contains(".compile(")) {
					continue;
				}
				Matcher literal = CHINESE_LITERAL.matcher(line);
				while (literal.find()) {
					literals.add(file + ":" + number + " " + literal.group());
				}
			}
		}
		assertThat(literals).as("Chinese text belongs in messages.properties").isEmpty();
	}

	@Test
	void everyTextTheCodeAsksForIsInTheBundle() throws IOException {
		Properties bundle = bundle();
		List<String> missing = new ArrayList<>();
		for (Path file : javaSources()) {
			Matcher key = TEXT_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (key.find()) {
				if (!bundle.containsKey(key.group(1))) {
					missing.add(file.getFileName() + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownToUsersHasItsNames() {
		Stream.of(CaseStep.values(), HandlingLevel.values(), Light.values(), LimitUnit.values(), GridLevel.values(),
				Role.values(), Channel.values(), NotificationKind.values(), NotificationChannel.values(),
				Satisfaction.values())
			.flatMap(Stream::of)
			.forEach(constant -> assertThat(UserTexts.label(constant)).as(constant.toString()).containsPattern("\\p{IsHan}"));
		assertThat(Role.GRID_LEADER.label()).isEqualTo("网格长");
	}

	@Test
	void fillsInArgumentsWithoutGroupingDigits() {
		assertThat(UserTexts.get("problem.too-many-requests", "查询过于频繁", String.valueOf(1200)))
			.isEqualTo("查询过于频繁，请 1200 秒后再试");
	}

	@Test
	void validationMessagesComeFromTheBundle() {
		try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
			validator.setMessageInterpolator(new MessageInterpolatorFactory(UserTexts.source()).getObject());
			validator.afterPropertiesSet();
			assertThat(validator.validate(new Named("顺河路一号")))
				.singleElement()
				.satisfies(violation -> assertThat(violation.getMessage()).isEqualTo("长度须在 1 到 4 个字符之间"));
		}
	}

	record Named(@CodePoints(min = 1, max = 4) String name) {
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
	}

	private static Properties bundle() throws IOException {
		Properties bundle = new Properties();
		try (InputStream in = UserTexts.class.getResourceAsStream("/messages.properties")) {
			bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return bundle;
	}

}
