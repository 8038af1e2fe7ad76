package org.gridcase.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers a transaction asks for again and again (who holds a group, a person's preference and
 * contact, a message template) looked up once per transaction: a batch of light timers alerts the
 * same station about many cases, and a task's routing already found who its alert goes to. Gone
 * when the transaction ends; outside one, every lookup is made.
 */
public final class TransactionMemo implements TransactionSynchronization {

	private final Map<List<Object>, Object> answers = new HashMap<>();

	private TransactionMemo() {
	}

	/** The answer remembered in this transaction, else {@code lookup}'s (then remembered). */
	@SuppressWarnings("unchecked")
	public static <T> T remembered(String question, Object key, Supplier<T> lookup) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return lookup.get();
		}
		Map<List<Object>, Object> answers = current().answers;
		List<Object> asked = List.of(question, key);
		if (!answers.containsKey(asked)) {
			answers.put(asked, lookup.get());
		}
		return (T) answers.get(asked);
	}

	/** Remembers an answer found on the way to another (e.g. who holds a group, found by routing). */
	public static void remember(String question, Object key, Object answer) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			current().answers.put(List.of(question, key), answer);
		}
	}

	private static TransactionMemo current() {
		return TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(TransactionMemo.class::isInstance)
			.map(TransactionMemo.class::cast)
			.findFirst()
			.orElseGet(() -> {
				TransactionMemo memo = new TransactionMemo();
				TransactionSynchronizationManager.registerSynchronization(memo);
				return memo;
			});
	}

}
