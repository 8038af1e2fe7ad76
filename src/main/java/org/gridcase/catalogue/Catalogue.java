package org.gridcase.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the catalogue. Every report, case and task asks it several times (issue 13), so each
 * node keeps the whole catalogue in memory, and each transaction checks once, with one read of
 * the catalogue's {@link CatalogueVersion version}, that it is still the current one, and then
 * answers from memory until it ends: what an administrator committed a moment ago, on this node
 * or another one sharing the database, holds for the next report, service list and case.
 */
@Service
@Transactional(readOnly = true)
public class Catalogue {

	private final CatalogueVersion version;

	private final IssueTypeRepository issueTypes;

	private final SubcategoryRepository subcategories;

	private final AtomicReference<CatalogueSnapshot> known = new AtomicReference<>();

	Catalogue(CatalogueVersion version, IssueTypeRepository issueTypes, SubcategoryRepository subcategories) {
		this.version = version;
		this.issueTypes = issueTypes;
		this.subcategories = subcategories;
	}

	/** Every subcategory, inactive ones too, by code. */
	public List<SubcategoryView> subcategories() {
		return List.copyOf(current().subcategories().values());
	}

	/** The subcategories that take reports (they and their issue types are active), by code. */
	public List<SubcategoryView> openSubcategories() {
		return subcategories().stream().filter(SubcategoryView::open).toList();
	}

	public Optional<SubcategoryView> subcategory(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(current().subcategories().get(code));
	}

	/** Every issue type, inactive ones too, by code. */
	public List<IssueTypeView> issueTypes() {
		return List.copyOf(current().issueTypes().values());
	}

	public Optional<IssueTypeView> issueType(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(current().issueTypes().get(code));
	}

	/** The name users read for an issue type, e.g. 安全隐患; an unknown code as it is, none as "". */
	public String issueTypeName(String code) {
		return code == null ? "" : issueType(code).map(IssueTypeView::name).orElse(code);
	}

	/** Whether some subcategory, active or not, is called so. */
	public boolean isSubcategoryName(String name) {
		return name != null && current().subcategoryNames().contains(name);
	}

	/**
	 * The key of the process that handles cases of an issue type opened without a subcategory.
	 * @throws IllegalStateException if the issue type is not in the catalogue
	 */
	public String handlingProcessOfIssueType(String code) {
		return issueType(code).map(IssueTypeView::handlingProcess)
			.orElseThrow(() -> new IllegalStateException("Issue type " + code + " is not in the catalogue"));
	}

	/**
	 * Forgets what this transaction read, after {@link CatalogueManagement} changed the catalogue
	 * in it: the next question reads the changed catalogue.
	 */
	void changedInThisTransaction() {
		ReadInTransaction.current().ifPresent(read -> read.snapshot = null);
	}

	/** The catalogue as this transaction sees it, read once in it. */
	private CatalogueSnapshot current() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return latest();
		}
		ReadInTransaction read = ReadInTransaction.current().orElseGet(ReadInTransaction::register);
		if (read.snapshot == null) {
			read.snapshot = latest();
		}
		return read.snapshot;
	}

	/**
	 * The catalogue at the version the caller's transaction sees. The version is read before the
	 * rows, so a snapshot is never older than its number (at worst newer, and read again next time).
	 */
	private CatalogueSnapshot latest() {
		long now = this.version.current();
		CatalogueSnapshot snapshot = this.known.get();
		if (snapshot == null || snapshot.version() != now) {
			snapshot = CatalogueSnapshot.of(now, this.issueTypes.findAllByOrderByCode().stream().map(IssueType::view).toList(),
					this.subcategories.findAllByOrderByCode().stream().map(Subcategory::view).toList());
			this.known.set(snapshot);
		}
		return snapshot;
	}

	/** The catalogue one transaction read; gone with the transaction. */
	private static final class ReadInTransaction implements TransactionSynchronization {

		private CatalogueSnapshot snapshot;

		static Optional<ReadInTransaction> current() {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return Optional.empty();
			}
			return TransactionSynchronizationManager.getSynchronizations()
				.stream()
				.filter(ReadInTransaction.class::isInstance)
				.map(ReadInTransaction.class::cast)
				.findFirst();
		}

		static ReadInTransaction register() {
			ReadInTransaction read = new ReadInTransaction();
			TransactionSynchronizationManager.registerSynchronization(read);
			return read;
		}

	}

}
