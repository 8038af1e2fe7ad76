package org.gridcase.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalogue. Every call reads the tables, so what administrators changed a moment
 * ago holds for the next report, service list and case.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	private final IssueTypeRepository issueTypes;

	private final SubcategoryRepository subcategories;

	Catalogue(IssueTypeRepository issueTypes, SubcategoryRepository subcategories) {
		this.issueTypes = issueTypes;
		this.subcategories = subcategories;
	}

	/** Every subcategory, inactive ones too, by code. */
	public List<SubcategoryView> subcategories() {
		return this.subcategories.findAllByOrderByCode().stream().map(Subcategory::view).toList();
	}

	/** The subcategories that take reports (they and their issue types are active), by code. */
	public List<SubcategoryView> openSubcategories() {
		return subcategories().stream().filter(SubcategoryView::open).toList();
	}

	public Optional<SubcategoryView> subcategory(String code) {
		return code == null ? Optional.empty() : this.subcategories.findById(code).map(Subcategory::view);
	}

	/** Every issue type, inactive ones too, by code. */
	public List<IssueTypeView> issueTypes() {
		return this.issueTypes.findAllByOrderByCode().stream().map(IssueType::view).toList();
	}

	public Optional<IssueTypeView> issueType(String code) {
		return code == null ? Optional.empty() : this.issueTypes.findById(code).map(IssueType::view);
	}

	/** The name users read for an issue type, e.g. 安全隐患; an unknown code as it is, none as "". */
	public String issueTypeName(String code) {
		return code == null ? "" : issueType(code).map(IssueTypeView::name).orElse(code);
	}

	/** Whether some subcategory, active or not, is called so. */
	public boolean isSubcategoryName(String name) {
		return name != null && this.subcategories.existsByName(name);
	}

	/**
	 * The key of the process that handles cases of an issue type opened without a subcategory.
	 * @throws IllegalStateException if the issue type is not in the catalogue
	 */
	public String handlingProcessOfIssueType(String code) {
		return issueType(code).map(IssueTypeView::handlingProcess)
			.orElseThrow(() -> new IllegalStateException("Issue type " + code + " is not in the catalogue"));
	}

}
