package org.gridcase.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Serialises intake where it matters, inside PostgreSQL so that it holds across nodes:
 * transaction-scoped advisory locks on names (an idempotency key of a user, an area of the
 * duplicate search), released when the transaction ends. Several names are locked in the order
 * of their lock keys, so that two transactions locking overlapping sets cannot deadlock. Relies
 * on PostgreSQL's default isolation, READ COMMITTED: a query after the lock sees what the
 * previous holder committed.
 */
@Component
class IntakeLocks {

	private final JdbcClient jdbc;

	IntakeLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until no other transaction holds any of the names; holds them until this one ends.
	 * One statement for all of them (a report with a point locks up to four areas): the function
	 * scan of the array takes the locks in the array's order, that of their keys.
	 */
	void lock(Collection<String> names) {
		Long[] keys = names.stream().map(IntakeLocks::key).distinct().sorted().toArray(Long[]::new);
		if (keys.length > 0) {
			this.jdbc.sql("select pg_advisory_xact_lock(key) from unnest(?::bigint[]) as key")
				.param(keys)
				.query((rs, row) -> row)
				.list();
		}
	}

	/** A stable 64-bit lock key (the first 8 bytes of the name's SHA-256). */
	static long key(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
