package org.gridcase.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit events of one transaction, written to their chains as the transaction's last step
 * before its commit ({@link #beforeCommit}): a chain's head is locked from then until the
 * commit, not from the transaction's first event on, so audited transactions run side by side
 * and queue only for the moment of their commit, and only behind transactions of the same
 * chains. Still the same transaction: if writing fails, the change it records rolls back too.
 * <p>
 * A transaction that collects very many events (the backfill of old cases) writes them a batch
 * at a time as it goes, holding every chain's head from its first batch on (taken in ascending
 * order while it holds none, so no other transaction waits for it in a circle). Events that
 * arrive after the commit-time write (from another synchronization's {@code beforeCommit} that
 * runs after this one) are written at once; their chain's head is then taken after the others,
 * out of the ascending order, so such late events are best avoided.
 */
final class TransactionAuditLinks implements TransactionSynchronization {

	/** Pending events from which a transaction writes early (and then holds every chain). */
	static final int EARLY_WRITE = 1000;

	private final AuditLinkWriter writer;

	private final List<PendingLink> pending = new ArrayList<>();

	/** The chains whose heads this transaction has locked: the hash of each one's last link. */
	private final Map<Integer, String> held = new HashMap<>();

	private boolean committing;

	private TransactionAuditLinks(AuditLinkWriter writer) {
		this.writer = writer;
	}

	/** The current transaction's events, registered with it on first use. */
	static TransactionAuditLinks current(AuditLinkWriter writer) {
		if (TransactionSynchronizationManager.getResource(TransactionAuditLinks.class) instanceof TransactionAuditLinks links) {
			return links;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Audit events are appended in a transaction with synchronization");
		}
		TransactionAuditLinks links = new TransactionAuditLinks(writer);
		TransactionSynchronizationManager.bindResource(TransactionAuditLinks.class, links);
		TransactionSynchronizationManager.registerSynchronization(links);
		return links;
	}

	void add(PendingLink link) {
		this.pending.add(link);
		if (this.committing) {
			write();
		}
		else if (this.pending.size() >= EARLY_WRITE) {
			this.writer.flushPersistenceContext();
			this.writer.lockAll(this.held);
			write();
		}
	}

	/** Last, after the transaction's other work: flush JPA's changes, then lock, append. */
	@Override
	public void beforeCommit(boolean readOnly) {
		if (!this.pending.isEmpty()) {
			this.writer.flushPersistenceContext();
			this.committing = true;
			write();
		}
		this.committing = true;
	}

	private void write() {
		this.writer.write(this.pending, this.held);
		this.pending.clear();
	}

	/** An inner transaction (REQUIRES_NEW) collects its own events. */
	@Override
	public void suspend() {
		TransactionSynchronizationManager.unbindResource(TransactionAuditLinks.class);
	}

	@Override
	public void resume() {
		TransactionSynchronizationManager.bindResource(TransactionAuditLinks.class, this);
	}

	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(TransactionAuditLinks.class);
	}

	/** After the other synchronizations of equal order that registered before it. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
