package org.gridcase.platform.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The element templates' dropdowns (roles, departments, time-limit steps, case steps, levels)
 * are the ones the code knows ({@link ElementTemplateChoices}). Stale templates fail here;
 * {@code mvn -B -o test -Dtest=ElementTemplatesTests -Dgridcase.write-templates=true} rewrites them.
 */
class ElementTemplatesTests {

	static final Path REPOSITORY = Path.of("").toAbsolutePath();

	static final Path TEMPLATES = REPOSITORY.resolve("processes/.camunda/element-templates");

	private static final ObjectMapper JSON = new ObjectMapper();

	static Stream<Path> templateFiles() throws IOException {
		return Files.list(TEMPLATES).filter(file -> file.toString().endsWith(".json")).sorted();
	}

	@ParameterizedTest
	@MethodSource("templateFiles")
	void dropdownsListWhatTheCodeKnows(Path file) throws Exception {
		JsonNode written = JSON.readTree(file.toFile());
		JsonNode expected = withCurrentChoices(written.deepCopy());
		if (Boolean.getBoolean("gridcase.write-templates")) {
			DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
				.withArrayIndenter(new DefaultIndenter("  ", "\n"));
			Files.writeString(file, JSON.writer(printer).writeValueAsString(expected) + "\n");
		}
		else {
			assertThat(written).as(file.getFileName() + " is stale: regenerate it (see this class)").isEqualTo(expected);
		}
	}

	@ParameterizedTest
	@MethodSource("templateFiles")
	void declareTheCamunda7Schema(Path file) throws Exception {
		for (JsonNode template : JSON.readTree(file.toFile())) {
			assertThat(template.path("$schema").asText())
				.isEqualTo("https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
			assertThat(template.path("id").asText()).startsWith("gridcase.");
			assertThat(template.path("appliesTo")).isNotEmpty();
		}
	}

	private static JsonNode withCurrentChoices(JsonNode templates) throws Exception {
		for (JsonNode template : templates) {
			Map<String, Map<String, String>> dropdowns = ElementTemplateChoices.forTemplate(template.path("id").asText(),
					REPOSITORY);
			for (JsonNode property : template.path("properties")) {
				Map<String, String> choices = dropdowns.get(property.path("binding").path("name").asText());
				if (choices != null && "Dropdown".equals(property.path("type").asText())) {
					ArrayNode array = ((ObjectNode) property).putArray("choices");
					choices.forEach((name, value) -> array.addObject().put("name", name).put("value", value));
				}
			}
		}
		return templates;
	}

}
