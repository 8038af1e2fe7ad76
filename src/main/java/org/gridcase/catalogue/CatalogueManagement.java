package org.gridcase.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.gridcase.shared.ConflictException;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of the catalogue: creates and changes issue types and subcategories, and
 * (de)activates them. Nothing is ever deleted, as reports and cases keep the codes. A change
 * tells {@link Catalogue} to read the catalogue afresh in the same transaction.
 */
@Service
public class CatalogueManagement {

	private final IssueTypeRepository issueTypes;

	private final SubcategoryRepository subcategories;

	private final DeployedProcesses processes;

	private final Catalogue catalogue;

	CatalogueManagement(IssueTypeRepository issueTypes, SubcategoryRepository subcategories,
			DeployedProcesses processes, Catalogue catalogue) {
		this.issueTypes = issueTypes;
		this.subcategories = subcategories;
		this.processes = processes;
		this.catalogue = catalogue;
	}

	/**
	 * @throws InvalidInputException if it breaks a {@link CatalogueRules rule}
	 * @throws ConflictException if the code is taken
	 */
	@Transactional
	public IssueTypeView createIssueType(SaveIssueTypeCommand command) {
		this.catalogue.changedInThisTransaction();
		checkOrThrow(problems -> check(command, UnaryOperator.identity(), problems));
		if (this.issueTypes.existsById(command.code())) {
			throw new ConflictException(UserTexts.get("catalogue.code-taken", command.code()), null);
		}
		IssueType issueType = new IssueType(command.code());
		issueType.update(command);
		return persist(command.code(), () -> this.issueTypes.saveAndFlush(issueType).view());
	}

	/** @throws NotFoundException if there is no such issue type */
	@Transactional
	public IssueTypeView updateIssueType(SaveIssueTypeCommand command) {
		this.catalogue.changedInThisTransaction();
		IssueType issueType = existingIssueType(command.code());
		checkOrThrow(problems -> check(command, UnaryOperator.identity(), problems));
		issueType.update(command);
		return issueType.view();
	}

	/** An inactive issue type takes no reports in any of its subcategories. */
	@Transactional
	public IssueTypeView activateIssueType(String code, boolean active) {
		this.catalogue.changedInThisTransaction();
		IssueType issueType = existingIssueType(code);
		issueType.activate(active);
		return issueType.view();
	}

	/**
	 * @throws InvalidInputException if it breaks a {@link CatalogueRules rule}
	 * @throws ConflictException if the code is taken
	 */
	@Transactional
	public SubcategoryView createSubcategory(SaveSubcategoryCommand command) {
		this.catalogue.changedInThisTransaction();
		checkOrThrow(problems -> check(command, UnaryOperator.identity(), Set.of(), problems));
		if (this.subcategories.existsById(command.code())) {
			throw new ConflictException(UserTexts.get("catalogue.code-taken", command.code()), null);
		}
		Subcategory subcategory = new Subcategory(command.code());
		subcategory.update(command, this.issueTypes.getReferenceById(command.issueType()));
		return persist(command.code(), () -> this.subcategories.saveAndFlush(subcategory).view());
	}

	/** @throws NotFoundException if there is no such subcategory */
	@Transactional
	public SubcategoryView updateSubcategory(SaveSubcategoryCommand command) {
		this.catalogue.changedInThisTransaction();
		Subcategory subcategory = existingSubcategory(command.code());
		checkOrThrow(problems -> check(command, UnaryOperator.identity(), Set.of(), problems));
		subcategory.update(command, this.issueTypes.getReferenceById(command.issueType()));
		return subcategory.view();
	}

	/** An inactive subcategory takes no reports and is left out of the Open311 services. */
	@Transactional
	public SubcategoryView activateSubcategory(String code, boolean active) {
		this.catalogue.changedInThisTransaction();
		Subcategory subcategory = existingSubcategory(code);
		subcategory.activate(active);
		return subcategory.view();
	}

	/** Creates or updates by code; whether it created, changed or left it. Checked before by the caller. */
	Change upsert(SaveIssueTypeCommand command) {
		this.catalogue.changedInThisTransaction();
		IssueType issueType = this.issueTypes.findById(command.code()).orElse(null);
		if (issueType == null) {
			IssueType created = new IssueType(command.code());
			created.update(command);
			this.issueTypes.save(created);
			return Change.CREATED;
		}
		return issueType.update(command) ? Change.UPDATED : Change.UNCHANGED;
	}

	/** Creates or updates by code; whether it created, changed or left it. Checked before by the caller. */
	Change upsert(SaveSubcategoryCommand command) {
		this.catalogue.changedInThisTransaction();
		IssueType issueType = this.issueTypes.getReferenceById(command.issueType());
		Subcategory subcategory = this.subcategories.findById(command.code()).orElse(null);
		if (subcategory == null) {
			Subcategory created = new Subcategory(command.code());
			created.update(command, issueType);
			this.subcategories.save(created);
			return Change.CREATED;
		}
		return subcategory.update(command, issueType) ? Change.UPDATED : Change.UNCHANGED;
	}

	void check(SaveIssueTypeCommand command, UnaryOperator<String> field, List<FieldProblem> problems) {
		CatalogueRules.checkIssueType(command, field, this.processes, problems);
	}

	/** @param importedIssueTypes codes of issue types the same import brings */
	void check(SaveSubcategoryCommand command, UnaryOperator<String> field, Set<String> importedIssueTypes,
			List<FieldProblem> problems) {
		CatalogueRules.checkSubcategory(command, field,
				code -> importedIssueTypes.contains(code) || this.issueTypes.existsById(code), this.processes, problems);
	}

	private static void checkOrThrow(Consumer<List<FieldProblem>> check) {
		List<FieldProblem> problems = new ArrayList<>();
		check.accept(problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private IssueType existingIssueType(String code) {
		return this.issueTypes.findById(code)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("catalogue.unknown-issue-type", code)));
	}

	private Subcategory existingSubcategory(String code) {
		return this.subcategories.findById(code)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("catalogue.unknown-subcategory", code)));
	}

	/** Another administrator created the same code a moment before. */
	private static <T> T persist(String code, Supplier<T> save) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException(UserTexts.get("catalogue.code-taken", code), ex);
		}
	}

	/** What an upsert did. */
	enum Change {

		CREATED, UPDATED, UNCHANGED

	}

}
