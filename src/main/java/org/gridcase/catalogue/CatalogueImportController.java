package org.gridcase.catalogue;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of the catalogue from CSV files (multipart parts {@code issue_types},
 * {@code subcategories}; either or both), all or nothing; {@code dryRun=true} only reports.
 */
@RestController
class CatalogueImportController {

	private final CatalogueImport catalogueImport;

	CatalogueImportController(CatalogueImport catalogueImport) {
		this.catalogueImport = catalogueImport;
	}

	@PostMapping(path = "/api/catalogue/import", consumes = "multipart/form-data")
	@PreAuthorize("@administrators.include(authentication)")
	CatalogueImportReport importCsv(@RequestParam(name = "issue_types", required = false) MultipartFile issueTypes,
			@RequestParam(required = false) MultipartFile subcategories,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		try (InputStream types = open(issueTypes); InputStream entries = open(subcategories)) {
			return this.catalogueImport.importRows(CatalogueCsv.read(types, entries), dryRun);
		}
	}

	private static InputStream open(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null : file.getInputStream();
	}

}
