package org.gridcase.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.gridcase.shared.UserTexts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the audit chains, each from its anchor (its start, or the last link the retention
 * purge removed), and names the first link (the lowest number among the chains' first broken
 * links) that does not follow its predecessor in its chain or whose content no longer hashes to
 * what it stores. Covers every chain that has a head or an event, whatever
 * {@code gridcase.audit.chains} says now. Reads all chains in one snapshot, a batch at a time.
 */
@Service
public class AuditChainVerifier {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	AuditChainVerifier(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerification verify() {
		Map<Integer, Head> heads = heads();
		SortedSet<Integer> chains = new TreeSet<>(heads.keySet());
		chains.addAll(chainsWithEvents());
		long checked = 0;
		Broken first = null;
		for (int chain : chains) {
			ChainCheck check = verifyChain(chain, heads.get(chain));
			checked += check.intactLinks();
			if (check.broken() != null && (first == null || check.broken().sequence() < first.sequence())) {
				first = check.broken();
			}
		}
		return first == null ? AuditVerification.intact(chains.size(), checked)
				: AuditVerification.brokenAt(chains.size(), checked, first.chain(), first.sequence(), first.reason());
	}

	/**
	 * Checks some links (e.g. one case's events): each hashes to what it stores and follows the
	 * link kept before it in its chain (or the chain's anchor). Names the first of them that does
	 * not.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerification verifyLinks(List<AuditEvent> events) {
		Map<Integer, Head> heads = heads();
		Map<Long, String> predecessors = new HashMap<>();
		this.jdbc.query("select e.sequence, (select p.hash from audit_event p where p.chain = e.chain and p.sequence < e.sequence"
				+ " order by p.sequence desc limit 1) as previous from unnest(?::bigint[], ?::int[]) as e(sequence, chain)",
				row -> { predecessors.put(row.getLong("sequence"), row.getString("previous")); },
				events.stream().map(AuditEvent::sequence).toArray(Long[]::new),
				events.stream().map(AuditEvent::chain).toArray(Integer[]::new));
		int chains = (int) events.stream().map(AuditEvent::chain).distinct().count();
		long checked = 0;
		for (AuditEvent event : events) {
			Head head = heads.get(event.chain());
			String previous = predecessors.get(event.sequence());
			String problem = head == null ? UserTexts.get("audit.chain-without-head", String.valueOf(event.chain()))
					: problemOf(event, previous == null ? head.anchorHash() : previous);
			if (problem != null) {
				return AuditVerification.brokenAt(chains, checked, event.chain(), event.sequence(), problem);
			}
			checked++;
		}
		return AuditVerification.intact(chains, checked);
	}

	private ChainCheck verifyChain(int chain, Head head) {
		if (head == null) {
			long first = this.jdbc.queryForObject("select min(sequence) from audit_event where chain = ?", Long.class, chain);
			return new ChainCheck(0, new Broken(chain, first, UserTexts.get("audit.chain-without-head", String.valueOf(chain))));
		}
		String previous = head.anchorHash();
		long after = head.anchorSequence();
		long checked = 0;
		while (true) {
			List<AuditEvent> batch = this.jdbc.query(
					"select * from audit_event where chain = ? and sequence > ? order by sequence limit ?", AuditTrail::event,
					chain, after, BATCH);
			for (AuditEvent event : batch) {
				String problem = problemOf(event, previous);
				if (problem != null) {
					return new ChainCheck(checked, new Broken(chain, event.sequence(), problem));
				}
				checked++;
				previous = event.hash();
				after = event.sequence();
			}
			if (batch.size() < BATCH) {
				return new ChainCheck(checked, null);
			}
		}
	}

	private static String problemOf(AuditEvent event, String expectedPrevious) {
		if (!event.previousHash().equals(expectedPrevious)) {
			return UserTexts.get("audit.link-broken");
		}
		String recomputed = AuditChain.hash(event.sequence(), event.caseId(), event.type(), event.actor(),
				event.occurredAt(), event.data(), event.previousHash());
		return recomputed.equals(event.hash()) ? null : UserTexts.get("audit.link-tampered");
	}

	private Map<Integer, Head> heads() {
		Map<Integer, Head> heads = new HashMap<>();
		this.jdbc.query("select chain, anchor_sequence, anchor_hash from audit_chain_head", row -> {
			heads.put(row.getInt("chain"), new Head(row.getLong("anchor_sequence"), row.getString("anchor_hash")));
		});
		return heads;
	}

	/** The chains that hold events, one index probe each (a loose scan of the primary key). */
	private List<Integer> chainsWithEvents() {
		return new ArrayList<>(this.jdbc.queryForList("""
				with recursive chains (chain) as (
				    select min(chain) from audit_event
				    union all
				    select (select min(e.chain) from audit_event e where e.chain > chains.chain) from chains where chains.chain is not null)
				select chain from chains where chain is not null""", Integer.class));
	}

	private record Head(long anchorSequence, String anchorHash) {
	}

	private record Broken(int chain, long sequence, String reason) {
	}

	private record ChainCheck(long intactLinks, Broken broken) {
	}

}
