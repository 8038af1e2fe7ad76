package org.gridcase.audit;

/** A chain's last link as its head row records it (64 zeros and 0 for a chain without links). */
record ChainHead(int chain, long lastSequence, String lastHash) {
}
