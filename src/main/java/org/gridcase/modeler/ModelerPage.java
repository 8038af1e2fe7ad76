package org.gridcase.modeler;

import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The modeler page at {@code /modeler/}, built from {@code src/main/frontend/modeler} into the
 * jar's {@code modeler/} (not {@code static/}: every file of it passes this administrators-only
 * check, so others get 403 on the page and its scripts alike).
 */
@Controller
@PreAuthorize("@administrators.include(authentication)")
class ModelerPage {

	private static final Map<String, MediaType> TYPES = Map.of("html", MediaType.TEXT_HTML, "js",
			MediaType.valueOf("text/javascript;charset=UTF-8"), "css", MediaType.valueOf("text/css;charset=UTF-8"),
			"woff", MediaType.valueOf("font/woff"), "woff2", MediaType.valueOf("font/woff2"), "ttf",
			MediaType.valueOf("font/ttf"), "eot", MediaType.valueOf("application/vnd.ms-fontobject"), "svg",
			MediaType.valueOf("image/svg+xml"));

	@GetMapping("/modeler")
	String slash() {
		return "redirect:/modeler/";
	}

	@GetMapping("/modeler/")
	ResponseEntity<Resource> index() {
		return file("index.html");
	}

	@GetMapping("/modeler/{name:[a-zA-Z0-9_-]+\\.(?:html|js|css|woff|woff2|ttf|eot|svg)}")
	ResponseEntity<Resource> file(@PathVariable String name) {
		Resource resource = new ClassPathResource("modeler/" + name);
		if (!resource.exists()) {
			return ResponseEntity.notFound().build();
		}
		String extension = name.substring(name.lastIndexOf('.') + 1);
		return ResponseEntity.ok()
			.contentType(TYPES.get(extension))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(resource);
	}

}
