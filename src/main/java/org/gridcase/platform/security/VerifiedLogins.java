package org.gridcase.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Logins the engine verified in the last {@link VerifiedLoginProperties#window() window}, so that
 * a program sending the same HTTP Basic credentials with every request has its password checked
 * and its groups looked up once per window instead of per request.
 * <p>
 * Per user, the last password the engine accepted is kept only as a keyed hash (HMAC-SHA256 of
 * user name and password, with a key drawn at start and never stored), next to what the engine
 * said about the user. A request whose password hashes differently, and every request after the
 * window, is checked by the engine again; a refused password forgets the user. A change made
 * elsewhere (another node, the database) applies here within the window; one made through this
 * node is applied at once by whoever saw it ({@link #forget(String)}, {@link #forgetAll()}).
 * <p>
 * The window is measured twice, on the application's clock (which tests move) and on the
 * monotonic clock: an entry older than the window by either is not used.
 */
@Component
@Profile("!keycloak")
class VerifiedLogins {

	private static final String HMAC = "HmacSHA256";

	private final Cache<String, Verified> verified;

	private final Duration window;

	private final Clock clock;

	private final SecretKeySpec key;

	/** Bumped by every forgetting, so that a check that began before it is not remembered. */
	private final AtomicLong generation = new AtomicLong();

	VerifiedLogins(VerifiedLoginProperties properties, Clock clock) {
		this.window = properties.window();
		this.clock = clock;
		this.verified = Caffeine.newBuilder()
			.maximumSize(properties.maxUsers())
			.expireAfterWrite(properties.window())
			.build();
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
	}

	/** What the engine said about the user, if it accepted this very password within the window. */
	Optional<EngineLogin> recall(String username, String password) {
		Verified entry = this.verified.getIfPresent(username);
		if (entry == null) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		boolean current = !now.isBefore(entry.checkedAt()) && now.isBefore(entry.checkedAt().plus(this.window));
		boolean samePassword = MessageDigest.isEqual(entry.digest(), digest(username, password));
		return current && samePassword ? Optional.of(entry.login()) : Optional.empty();
	}

	/** Where a check begins: pass it to {@link #remember} once the engine has answered. */
	long beginCheck() {
		return this.generation.get();
	}

	/** The engine accepted the password; unless something was forgotten since the check began. */
	void remember(String username, String password, EngineLogin login, long checkBegun) {
		Verified entry = new Verified(digest(username, password), login, this.clock.instant());
		this.verified.put(username, entry);
		if (this.generation.get() != checkBegun) {
			this.verified.asMap().remove(username, entry);
		}
	}

	/** The next request of this user is checked by the engine again. */
	void forget(String username) {
		this.generation.incrementAndGet();
		this.verified.invalidate(username);
	}

	/** Every user's next request is checked by the engine again. */
	void forgetAll() {
		this.generation.incrementAndGet();
		this.verified.invalidateAll();
	}

	private byte[] digest(String username, String password) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(this.key);
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(HMAC + " is part of every Java runtime", ex);
		}
	}

	private record Verified(byte[] digest, EngineLogin login, Instant checkedAt) {
	}

}
