package org.gridcase.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The element templates the desktop Camunda Modeler finds next to the models
 * ({@code processes/.camunda/element-templates/*.json}, in the jar under the same path), merged
 * into one list for the browser modeler: each file holds one template or a list of them.
 */
@Component
class ElementTemplates {

	static final String LOCATION = "classpath*:processes/.camunda/element-templates/*.json";

	private final ObjectMapper json;

	ElementTemplates(ObjectMapper json) {
		this.json = json;
	}

	String json() {
		ArrayNode all = this.json.createArrayNode();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				try (InputStream in = file.getInputStream()) {
					JsonNode content = this.json.readTree(in);
					if (content.isArray()) {
						all.addAll((ArrayNode) content);
					}
					else {
						all.add(content);
					}
				}
			}
			return this.json.writeValueAsString(all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
