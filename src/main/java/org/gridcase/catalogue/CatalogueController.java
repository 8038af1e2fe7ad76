package org.gridcase.catalogue;

import java.util.List;

import org.gridcase.cases.Severity;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue over HTTP (docs/catalogue-api.md): anyone logged in reads the active entries;
 * administrators read all and write.
 */
@RestController
@RequestMapping("/api/catalogue")
class CatalogueController {

	private static final String ADMINISTRATORS = "@administrators.include(authentication)";

	private final Catalogue catalogue;

	private final CatalogueManagement management;

	private final DeployedProcesses processes;

	CatalogueController(Catalogue catalogue, CatalogueManagement management, DeployedProcesses processes) {
		this.catalogue = catalogue;
		this.management = management;
		this.processes = processes;
	}

	@GetMapping("/issue-types")
	@PreAuthorize("!#all or " + ADMINISTRATORS)
	List<IssueTypeView> issueTypes(@RequestParam(defaultValue = "false") boolean all) {
		return this.catalogue.issueTypes().stream().filter(type -> all || type.active()).toList();
	}

	@PostMapping("/issue-types")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMINISTRATORS)
	IssueTypeView createIssueType(@RequestBody IssueTypeRequest request) {
		return this.management.createIssueType(request.command(request.code()));
	}

	@PutMapping("/issue-types/{code}")
	@PreAuthorize(ADMINISTRATORS)
	IssueTypeView updateIssueType(@PathVariable String code, @RequestBody IssueTypeRequest request) {
		return this.management.updateIssueType(request.command(code));
	}

	@PostMapping("/issue-types/{code}/deactivate")
	@PreAuthorize(ADMINISTRATORS)
	IssueTypeView deactivateIssueType(@PathVariable String code) {
		return this.management.activateIssueType(code, false);
	}

	@PostMapping("/issue-types/{code}/activate")
	@PreAuthorize(ADMINISTRATORS)
	IssueTypeView activateIssueType(@PathVariable String code) {
		return this.management.activateIssueType(code, true);
	}

	@GetMapping("/subcategories")
	@PreAuthorize("!#all or " + ADMINISTRATORS)
	List<SubcategoryView> subcategories(@RequestParam(defaultValue = "false") boolean all) {
		return all ? this.catalogue.subcategories() : this.catalogue.openSubcategories();
	}

	@GetMapping("/subcategories/{code}")
	SubcategoryView subcategory(@PathVariable String code) {
		return this.catalogue.subcategory(code)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("catalogue.unknown-subcategory", code)));
	}

	@PostMapping("/subcategories")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMINISTRATORS)
	SubcategoryView createSubcategory(@RequestBody SubcategoryRequest request) {
		return this.management.createSubcategory(request.command(request.code()));
	}

	@PutMapping("/subcategories/{code}")
	@PreAuthorize(ADMINISTRATORS)
	SubcategoryView updateSubcategory(@PathVariable String code, @RequestBody SubcategoryRequest request) {
		return this.management.updateSubcategory(request.command(code));
	}

	@PostMapping("/subcategories/{code}/deactivate")
	@PreAuthorize(ADMINISTRATORS)
	SubcategoryView deactivateSubcategory(@PathVariable String code) {
		return this.management.activateSubcategory(code, false);
	}

	@PostMapping("/subcategories/{code}/activate")
	@PreAuthorize(ADMINISTRATORS)
	SubcategoryView activateSubcategory(@PathVariable String code) {
		return this.management.activateSubcategory(code, true);
	}

	/** The processes a handling process may be chosen from. */
	@GetMapping("/processes")
	@PreAuthorize(ADMINISTRATORS)
	List<DeployedProcesses.DeployedProcess> processes() {
		return this.processes.latest();
	}

	/** An issue type as sent; the code comes from the body on create, from the path on update. */
	record IssueTypeRequest(String code, String name, String handlingProcess, Boolean active) {

		SaveIssueTypeCommand command(String code) {
			return new SaveIssueTypeCommand(code, this.name, this.handlingProcess, this.active);
		}

	}

	/** A subcategory as sent; the code comes from the body on create, from the path on update. */
	record SubcategoryRequest(String code, String category, String name, String issueType, Severity defaultSeverity,
			String handlingProcess, Boolean active) {

		SaveSubcategoryCommand command(String code) {
			return new SaveSubcategoryCommand(code, this.category, this.name, this.issueType, this.defaultSeverity,
					this.handlingProcess, this.active);
		}

	}

}
