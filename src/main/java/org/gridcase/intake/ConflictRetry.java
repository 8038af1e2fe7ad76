package org.gridcase.intake;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import org.gridcase.shared.ConflictException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a transaction of its own and, when it collides with a concurrent one
 * (optimistic lock, serialization failure, deadlock, a unique key taken meanwhile), runs it again
 * in a fresh transaction, a few times, after a short random pause. What still collides then is a
 * {@link ConflictException} (HTTP 409): the client may send it again.
 */
@Component
class ConflictRetry {

	static final int ATTEMPTS = 5;

	/** serialization_failure, deadlock_detected, lock_not_available, unique_violation */
	private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "55P03", "23505");

	private final TransactionTemplate transaction;

	ConflictRetry(PlatformTransactionManager transactionManager) {
		this.transaction = new TransactionTemplate(transactionManager);
	}

	<T> T inTransaction(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// part of a caller's transaction: only the caller can start it again
			return work.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute(status -> work.get());
			}
			catch (RuntimeException ex) {
				if (!isConflict(ex)) {
					throw ex;
				}
				if (attempt == ATTEMPTS) {
					throw new ConflictException("Still colliding after " + ATTEMPTS + " attempts", ex);
				}
				pause(attempt);
			}
		}
	}

	static boolean isConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
						&& CONFLICT_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConflictException("Interrupted while waiting to retry", ex);
		}
	}

}
