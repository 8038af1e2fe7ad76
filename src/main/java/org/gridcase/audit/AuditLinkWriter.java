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
 * inserts them. Plain JDBC, three statements whatever the number of events; the head rows are
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
	 * Writes the links into their chains: locks the heads of their chains that this transaction
	 * does not hold yet (ascending chain order), reads those chains' last links and draws the
	 * links' numbers in one statement, then inserts the links. Three statements when a head
	 * is newly locked (lock, read and number, insert), two when all are held already: numbering
	 * in the read saves a round trip per audited transaction while the heads are held (issue 13).
	 * {@code held} then knows each chain's new last hash.
	 */
	void write(List<PendingLink> links, Map<Integer, String> held) {
		List<Long> numbers = lock(links.stream().map(PendingLink::chain).toList(), held, links.size());
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

	/** Locks the heads of every configured chain this transaction does not hold yet. */
	void lockAll(Map<Integer, String> held) {
		lock(configuredChains(), held, 0);
	}

	/**
	 * Locks the heads of these chains that this transaction does not hold yet, in ascending chain
	 * order, adds them to {@code held} with the hash of their last link, and draws {@code count}
	 * numbers from {@code audit_event_sequence} (ascending).
	 */
	private List<Long> lock(Collection<Integer> chains, Map<Integer, String> held, int count) {
		SortedSet<Integer> wanted = new TreeSet<>(chains);
		wanted.removeAll(held.keySet());
		if (wanted.isEmpty()) {
			return numbers(count);
		}
		createMissingHeads(wanted);
		SortedSet<Integer> locked = lockHeads(wanted);
		if (!locked.containsAll(wanted)) {
			// a head first created by a transaction that rolled back
			wanted.removeAll(locked);
			this.existingHeads.removeAll(wanted);
			createMissingHeads(wanted);
			locked.addAll(lockHeads(wanted));
		}
		return readHeads(locked, held, count);
	}

	private Set<Integer> configuredChains() {
		return IntStream.range(0, this.chains.count()).boxed().collect(Collectors.toSet());
	}

	private SortedSet<Integer> lockHeads(Set<Integer> chains) {
		return new TreeSet<>(this.jdbc.queryForList("select chain from audit_chain_head where chain = any(?) order by chain"
				+ " for update", Integer.class, (Object) chains.toArray(Integer[]::new)));
	}

	/**
	 * After locking the heads, a statement of its own (so that it sees what the heads' previous
	 * holders committed): each chain's last link, its newest event, else its anchor, and the
	 * numbers (a materialized CTE: drawn once, whatever the number of chains).
	 */
	private List<Long> readHeads(Set<Integer> chains, Map<Integer, String> held, int count) {
		List<Long> numbers = new ArrayList<>(count);
		this.jdbc.query("with drawn as materialized (select array(select nextval('audit_event_sequence')"
				+ " from generate_series(1, ?)) as numbers)"
				+ " select h.chain, coalesce(e.hash, h.anchor_hash) as hash, drawn.numbers from audit_chain_head h cross join drawn"
				+ " left join lateral (select hash from audit_event e where e.chain = h.chain order by e.sequence desc limit 1) e"
				+ " on true where h.chain = any(?)", row -> {
					held.put(row.getInt("chain"), row.getString("hash"));
					if (numbers.isEmpty()) {
						numbers.addAll(List.of((Long[]) row.getArray("numbers").getArray()));
					}
				}, count, chains.toArray(Integer[]::new));
		if (numbers.size() < count) {
			return numbers(count); // no head read (none locked): numbered on their own
		}
		numbers.sort(null);
		return numbers;
	}

	private List<Long> numbers(int count) {
		List<Long> numbers = this.jdbc.queryForList("select nextval('audit_event_sequence') from generate_series(1, ?)",
				Long.class, count);
		numbers.sort(null);
		return numbers;
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
