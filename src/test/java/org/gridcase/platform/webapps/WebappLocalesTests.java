package org.gridcase.platform.webapps;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each webapp's Chinese locale (ours, locales/zh.json) against its English one (the Camunda
 * webjar's en.json on the class path): the same keys, nothing left in English but product names
 * and technical tokens, and every placeholder and HTML element of the English text kept.
 */
class WebappLocalesTests {

	private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	/** Values that read the same in Chinese: product names, abbreviations, format patterns. */
	private static final Set<String> SAME_IN_CHINESE = Set.of("Camunda", "Cockpit", "Tasklist", "Optimize", "BPMN", "DMN",
			"CMMN", "ID", "ID*", "JSON", "CSV", "YYYY-MM-DDTHH:mm:ss", "HH:mm", "L");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}|\\{}");

	private static final Pattern HTML_ELEMENT = Pattern.compile("</?(?:a|b|br|code|em|i|strong|span|p)\\b[^>]*>");

	private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

	private final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "welcome", "tasklist", "cockpit", "admin" })
	void chineseLocaleHasExactlyTheKeysOfTheEnglishOne(String app) throws IOException {
		Map<String, JsonNode> english = entries(app, "en");
		Map<String, JsonNode> chinese = entries(app, "zh");

		assertThat(english).as("English locale of %s", app).isNotEmpty();
		assertThat(chinese.keySet()).as("keys of %s's zh.json", app).containsExactlyInAnyOrderElementsOf(english.keySet());
	}

	@ParameterizedTest
	@ValueSource(strings = { "welcome", "tasklist", "cockpit", "admin" })
	void nothingIsLeftInEnglishButProductNames(String app) throws IOException {
		Map<String, JsonNode> chinese = entries(app, "zh");
		List<String> untranslated = new ArrayList<>();
		entries(app, "en").forEach((key, english) -> {
			JsonNode translation = chinese.get(key);
			if (translation != null && english.isTextual() && translation.asText().equals(english.asText())
					&& LATIN_LETTER.matcher(english.asText()).find() && !SAME_IN_CHINESE.contains(english.asText())) {
				untranslated.add(key + " = " + english.asText());
			}
		});

		assertThat(untranslated).as("values of %s's zh.json still in English", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "welcome", "tasklist", "cockpit", "admin" })
	void translationsKeepThePlaceholdersAndTheMarkupOfTheEnglishText(String app) throws IOException {
		Map<String, JsonNode> chinese = entries(app, "zh");
		List<String> broken = new ArrayList<>();
		entries(app, "en").forEach((key, english) -> {
			JsonNode translation = chinese.get(key);
			if (translation == null || !english.isTextual()) {
				return;
			}
			if (!all(PLACEHOLDER, translation.asText()).containsAll(all(PLACEHOLDER, english.asText()))) {
				broken.add(key + ": placeholders " + all(PLACEHOLDER, english.asText()) + " in \"" + translation.asText() + "\"");
			}
			if (!sorted(all(HTML_ELEMENT, translation.asText())).equals(sorted(all(HTML_ELEMENT, english.asText())))) {
				broken.add(key + ": markup " + all(HTML_ELEMENT, english.asText()) + " in \"" + translation.asText() + "\"");
			}
		});

		assertThat(broken).as("translations of %s losing placeholders or markup", app).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void datesAreWrittenTheChineseWay(String app) throws IOException {
		Map<String, JsonNode> chinese = entries(app, "zh");

		assertThat(chinese.get("dateLocales.longDateFormat.LLL").asText()).isEqualTo("YYYY年M月D日 HH:mm");
		assertThat(chinese.get("dateLocales.months[0]").asText()).isEqualTo("一月");
		assertThat(chinese.get("dateLocales.weekdays[1]").asText()).isEqualTo("星期一");
		assertThat(chinese.get("dateLocales.week.dow").asInt()).as("weeks start on Monday").isEqualTo(1);
	}

	/** The locale file flattened to its leaves: "labels.SAVE", "dateLocales.months[0]", … */
	private Map<String, JsonNode> entries(String app, String locale) throws IOException {
		String path = LOCALES.formatted(app, locale);
		try (InputStream file = getClass().getClassLoader().getResourceAsStream(path)) {
			assertThat(file).as(path + " on the class path").isNotNull();
			Map<String, JsonNode> entries = new LinkedHashMap<>();
			flatten("", this.json.readTree(file), entries);
			return entries;
		}
	}

	private static void flatten(String path, JsonNode node, Map<String, JsonNode> entries) {
		if (node.isObject()) {
			node.properties().forEach(child -> flatten(path.isEmpty() ? child.getKey() : path + "." + child.getKey(),
					child.getValue(), entries));
		}
		else if (node.isArray()) {
			for (int index = 0; index < node.size(); index++) {
				flatten(path + "[" + index + "]", node.get(index), entries);
			}
		}
		else {
			entries.put(path, node);
		}
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.groupCount() > 0 && matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
		}
		return found;
	}

	private static List<String> sorted(List<String> values) {
		return values.stream().sorted().toList();
	}

}
