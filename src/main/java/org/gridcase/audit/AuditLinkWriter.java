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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a transaction's pending audit events into their chains: locks the chains' head rows in
 * ascending chain order (so two transactions never wait for each other's heads in a circle),
 * reads the chains' last links, draws the links' numbers from {@code audit_event_sequence} under
 * those locks (so numbers grow along each chain), hashes each link onto its chain's last one and
 * inserts them. Plain JDBC, four statements whatever the number of events; the head rows are
 * locked, never updated (an update per transaction would cost a row version each).
 */
@Component
class AuditLinkWriter implements SmartInitializingSingleton {

	private static final HibernateJpaDialect JPA_EXCEPTIONS = new HibernateJpaDialect();

	private final JdbcTemplate jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagerFactories;

	private final AuditChains chains;

	/** Chains whose head row is known to exist (rows are never removed). */
	private final Set<Integer> existingHeads = ConcurrentHashMap.newKeySet();

	AuditLinkWriter(JdbcTemplate jdbc, ObjectProvider<EntityManagerFactory> entityManagerFactories, AuditChains chains) {
		this.jdbc = jdbc;
		this.entityManagerFactories = entityManagerFactories;
		this.chains = chains;
	}

	/** At start-up, before anything appends: the heads of the configured chains. */
	@Override
	public void afterSingletonsInstantiated() {
		createMissingHeads(configuredChains());
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
	 * order, and adds them to {@code held} with the hash of their last link.
	 */
	void lock(Collection<Integer> chains, Map<Integer, String> held) {
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

	/** Locks the heads of every configured chain this transaction does not hold yet. */
	void lockAll(Map<Integer, String> held) {
		lock(configuredChains(), held);
	}

	private Set<Integer> configuredChains() {
		return IntStream.range(0, this.chains.count()).boxed().collect(Collectors.toSet());
	}

	/**
	 * Locks the heads, then (a statement of its own, so that it sees what the heads' previous
	 * holders committed) reads each chain's last link: its newest event, else its anchor.
	 */
	private void lockHeads(Set<Integer> chains, Map<Integer, String> held) {
		Integer[] locked = this.jdbc.queryForList("select chain from audit_chain_head where chain = any(?) order by chain"
				+ " for update", Integer.class, (Object) chains.toArray(Integer[]::new))
			.toArray(Integer[]::new);
		this.jdbc.query("select h.chain, coalesce(e.hash, h.anchor_hash) as hash from audit_chain_head h"
				+ " left join lateral (select hash from audit_event e where e.chain = h.chain order by e.sequence desc limit 1) e"
				+ " on true where h.chain = any(?)", row -> {
					held.put(row.getInt("chain"), row.getString("hash"));
				}, (Object) locked);
	}

	/**
	 * Appends the links to their chains, whose heads {@code held} holds (locked by
	 * {@link #lock}); {@code held} then knows each chain's new last hash.
	 */
	void append(List<PendingLink> links, Map<Integer, String> held) {
		List<Long> numbers = this.jdbc.queryForList("select nextval('audit_event_sequence') from generate_series(1, ?)",
				Long.class, links.size());
		numbers.sort(null);
		List<Object[]> rows = new ArrayList<>(links.size());
		for (int i = 0; i < links.size(); i++) {
			PendingLink link = links.get(i);
			String previous = held.get(link.chain());
			long sequence = numbers.get(i);
			String hash = AuditChain.hash(sequence, link.caseId(), link.type(), link.actor(), link.occurredAt(), link.data(),
					previous);
			rows.add(new Object[] { link.chain(), sequence, link.caseId(), link.type(), link.actor(),
					OffsetDateTime.ofInstant(link.occurredAt(), ZoneOffset.UTC), link.json(), previous, hash });
			held.put(link.chain(), hash);
		}
		this.jdbc.batchUpdate("insert into audit_event (chain, sequence, case_id, type, actor, occurred_at, data,"
				+ " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	/** Heads of chains used for the first time: empty, at 64 zeros (a trigger allows no other start). */
	private void createMissingHeads(Set<Integer> chains) {
		List<Integer> missing = chains.stream().filter(chain -> !this.existingHeads.contains(chain)).toList();
		if (missing.isEmpty()) {
			return;
		}
		this.jdbc.update("insert into audit_chain_head (chain, anchor_sequence, anchor_hash)"
				+ " select chain, 0, ? from unnest(?) as chain on conflict do nothing", AuditChain.GENESIS_HASH,
				missing.toArray(Integer[]::new));
		this.existingHeads.addAll(missing);
	}

}
