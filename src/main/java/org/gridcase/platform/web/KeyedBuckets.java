package org.gridcase.platform.web;

import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * One rate limit, a token bucket per key (a client address, a user name), in this node's memory:
 * {@code requests} per window, all given back when the key's window ends. A bucket left alone
 * for a whole window is full again, so it is forgotten then; the number of keys held is bounded.
 */
final class KeyedBuckets {

	private static final long MAX_KEYS = 100_000;

	private final Bandwidth bandwidth;

	private final Cache<String, Bucket> buckets;

	KeyedBuckets(RateLimitProperties.Limit limit) {
		this.bandwidth = Bandwidth.builder()
			.capacity(limit.requests())
			.refillIntervally(limit.requests(), limit.window())
			.build();
		this.buckets = Caffeine.newBuilder().expireAfterAccess(limit.window()).maximumSize(MAX_KEYS).build();
	}

	/** Takes one request from the key's bucket; 0 if there was one, else the seconds until there is. */
	long take(String key) {
		ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
	}

	/** 0 if the key has one left, else the seconds until it has; takes nothing. */
	long waitFor(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket == null) {
			return 0;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
	}

	/** Uses one up, if any is left. */
	void spend(String key) {
		bucket(key).tryConsume(1);
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key, ignored -> Bucket.builder().addLimit(this.bandwidth).build());
	}

	private static long seconds(long nanos) {
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
	}

}
