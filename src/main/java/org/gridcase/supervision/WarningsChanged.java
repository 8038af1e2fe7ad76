package org.gridcase.supervision;

/**
 * A warning was set or lifted (published in the transaction that did it), so that its broadcast
 * (the Tasklist filter) follows.
 */
public record WarningsChanged(long warningId) {
}
