package org.gridcase.grid;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of the organisation from CSV files (multipart parts {@code grids},
 * {@code departments}, {@code people}, {@code assignments}; any subset), all or nothing.
 */
@RestController
class OrganisationImportController {

	private final OrganisationImport organisationImport;

	OrganisationImportController(OrganisationImport organisationImport) {
		this.organisationImport = organisationImport;
	}

	@PostMapping(path = "/api/organisation/import", consumes = "multipart/form-data")
	@PreAuthorize("@administrators.include(authentication)")
	ImportReport importCsv(@RequestParam(required = false) MultipartFile grids,
			@RequestParam(required = false) MultipartFile departments,
			@RequestParam(required = false) MultipartFile people,
			@RequestParam(required = false) MultipartFile assignments) throws IOException {
		try (InputStream g = open(grids); InputStream d = open(departments); InputStream p = open(people);
				InputStream a = open(assignments)) {
			return this.organisationImport.importRows(OrganisationCsv.read(g, d, p, a));
		}
	}

	private static InputStream open(MultipartFile file) throws IOException {
		return file == null || file.isEmpty() ? null : file.getInputStream();
	}

}
