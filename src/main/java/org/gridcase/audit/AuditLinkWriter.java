package org.gridcase.audit;

import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a transaction's pending audit events into their chains: locks the chains' head rows in
 * ascending chain order (so two transactions never wait for each other's heads in a circle),
 * draws the links' numbers from {@code audit_event_sequence} under those locks (so numbers grow
 * along each chain), hashes each link onto its chain's last one, inserts the links and moves the
 * heads on. Plain JDBC, a few statements whatever the number of events.
 */
@Component
class AuditLinkWriter {

	private static final HibernateJpaDialect JPA_EXCEPTIONS = new HibernateJpaDialect();

	private final JdbcTemplate jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	/** Chains whose head row is known to exist (rows are never removed). */
	private final Set<Integer> existingHeads = ConcurrentHashMap.newKeySet();

	AuditLinkWriter(JdbcTemplate jdbc, ObjectProvider<EntityManagerFactory> entityManagerFactories) {
		this.jdbc = jdbc;
		this.entityManagerFactories = entityManagerFactories;
	}

	/**
	 * Writes the transaction's pending JPA changes now, before any head is locked: flushed at the
	 * commit instead, their row locks would be taken while holding a head, and a transaction
	 * holding such a row and waiting for that head would deadlock with this one.
	 */
	void flushPersistenceContext() {
		EntityManagerFactory factory = this.entityManagerFactories.getIfAvailable();
		if (factory != null && TransactionSynchronizationManager.getResource(factory) instanceof EntityManagerHolder holder) {
			try {
				holder.getEntityManager().flush();
			}
			catch (RuntimeException ex) {
				throw DataAccessUtils.translateIfNecessary(ex, JPA_EXCEPTIONS);
			}
		}
	}

	/**
	 * Locks the heads of these chains that this transaction does not hold yet, in ascending chain
	 * order, and adds them to {@code held}.
	 */
	void lock(Collection<Integer> chains, Map<Integer, ChainHead> held) {
		SortedSet<Integer> wanted = new TreeSet<>(chains);
		wanted.removeAll(held.keySet());
		if (wanted.isEmpty()) {
			return;
		}
		createMissingHeads(wanted);
		lockHeads(wanted, held);
		if (!held.keySet().containsAll(wanted)) {
			// a head first created by a transaction that rolled back
			wanted.removeAll(held.keySet());
			this.existingHeads.removeAll(wanted);
			createMissingHeads(wanted);
			lockHeads(wanted, held);
		}
	}

	private void lockHeads(Set<Integer> chains, Map<Integer, ChainHead> held) {
		this.jdbc.query("select chain, last_sequence, last_hash from audit_chain_head where chain = any(?)"
				+ " order by chain for update", row -> {
					int chain = row.getInt("chain");
					held.put(chain, new ChainHead(chain, row.getLong("last_sequence"), row.getString("last_hash")));
				}, (Object) chains.toArray(Integer[]::new));
	}

	/**
	 * Appends the links to their chains, whose heads {@code held} holds (locked by
	 * {@link #lock}), and moves those heads on.
	 */
	void append(List<PendingLink> links, Map<Integer, ChainHead> held) {
		List<Long> numbers = this.jdbc.queryForList("select nextval('audit_event_sequence') from generate_series(1, ?)",
				Long.class, links.size());
		numbers.sort(null);
		List<Object[]> rows = new ArrayList<>(links.size());
		Set<Integer> moved = new TreeSet<>();
		for (int i = 0; i < links.size(); i++) {
			PendingLink link = links.get(i);
			ChainHead head = held.get(link.chain());
			long sequence = numbers.get(i);
			String hash = AuditChain.hash(sequence, link.caseId(), link.type(), link.actor(), link.occurredAt(), link.data(),
					head.lastHash());
			rows.add(new Object[] { link.chain(), sequence, link.caseId(), link.type(), link.actor(),
					OffsetDateTime.ofInstant(link.occurredAt(), ZoneOffset.UTC), link.json(), head.lastHash(), hash });
			held.put(link.chain(), new ChainHead(link.chain(), sequence, hash));
			moved.add(link.chain());
		}
		this.jdbc.batchUpdate("insert into audit_event (chain, sequence, case_id, type, actor, occurred_at, data,"
				+ " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		this.jdbc.batchUpdate("update audit_chain_head set last_sequence = ?, last_hash = ? where chain = ?",
				moved.stream().map(held::get).map(head -> new Object[] { head.lastSequence(), head.lastHash(), head.chain() })
					.toList());
	}

	/** Heads of chains used for the first time: empty, at 64 zeros (a trigger allows no other start). */
	private void createMissingHeads(Set<Integer> chains) {
		List<Integer> missing = chains.stream().filter(chain -> !this.existingHeads.contains(chain)).toList();
		if (missing.isEmpty()) {
			return;
		}
		this.jdbc.update("insert into audit_chain_head (chain, anchor_sequence, anchor_hash, last_sequence, last_hash)"
				+ " select chain, 0, ?, 0, ? from unnest(?) as chain on conflict do nothing", AuditChain.GENESIS_HASH,
				AuditChain.GENESIS_HASH, missing.toArray(Integer[]::new));
		this.existingHeads.addAll(missing);
	}

}
