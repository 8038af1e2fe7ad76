package org.gridcase.intake;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridcase.shared.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ConflictRetryTests {

	private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);

	private final ConflictRetry retry = new ConflictRetry(this.transactions);

	private final AtomicInteger attempts = new AtomicInteger();

	ConflictRetryTests() {
		when(this.transactions.getTransaction(any())).thenAnswer(invocation -> new SimpleTransactionStatus());
	}

	@Test
	void aCollisionIsRunAgainInAFreshTransaction() {
		String result = this.retry.inTransaction(() -> {
			if (this.attempts.incrementAndGet() < 3) {
				throw new OptimisticLockingFailureException("row changed meanwhile");
			}
			return "done";
		});

		assertThat(result).isEqualTo("done");
		assertThat(this.attempts).hasValue(3);
		verify(this.transactions, times(3)).getTransaction(any());
		verify(this.transactions, times(2)).rollback(any());
	}

	@Test
	void deadlocksSerializationFailuresAndTakenKeysAreCollisions() {
		assertThat(ConflictRetry.isConflict(wrapped("40P01"))).isTrue();
		assertThat(ConflictRetry.isConflict(wrapped("40001"))).isTrue();
		assertThat(ConflictRetry.isConflict(wrapped("23505"))).isTrue();
		assertThat(ConflictRetry.isConflict(wrapped("23502"))).as("not null violation").isFalse();
		assertThat(ConflictRetry.isConflict(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void whatStillCollidesAfterTheLastAttemptIsAConflict() {
		assertThatThrownBy(() -> this.retry.inTransaction(() -> {
			this.attempts.incrementAndGet();
			throw wrapped("40P01");
		})).isInstanceOf(ConflictException.class);
		assertThat(this.attempts).hasValue(ConflictRetry.ATTEMPTS);
	}

	@Test
	void otherFailuresAreNotRetried() {
		assertThatThrownBy(() -> this.retry.inTransaction(() -> {
			this.attempts.incrementAndGet();
			throw new IllegalArgumentException("bad");
		})).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.attempts).hasValue(1);
	}

	private static RuntimeException wrapped(String sqlState) {
		return new DataIntegrityViolationException("statement failed", new SQLException("failed", sqlState));
	}

}
