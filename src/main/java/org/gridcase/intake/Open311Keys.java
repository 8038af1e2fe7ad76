package org.gridcase.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.gridcase.grid.GridDirectory;
import org.gridcase.shared.ConflictException;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The API keys of Open311 client systems: issued by administrators (the key is shown once),
 * listed, revoked; and checked on every Open311 call that carries {@code api_key}. A key is 32
 * random bytes; only its SHA-256 hash is stored, so a leaked table gives no working key.
 */
@Service
@Validated
public class Open311Keys {

	private static final String PREFIX = "o311_";

	private static final int PREFIX_SHOWN = 12;

	private static final int DEFAULT_REQUESTS_PER_MINUTE = 60;

	private final SecureRandom random = new SecureRandom();

	private final Open311ClientKeyRepository keys;

	private final GridDirectory grids;

	private final Clock clock;

	Open311Keys(Open311ClientKeyRepository keys, GridDirectory grids, Clock clock) {
		this.keys = keys;
		this.grids = grids;
		this.clock = clock;
	}

	/** The client of an active key, if {@code apiKey} is one. */
	@Transactional(readOnly = true)
	public Optional<Open311Client> authenticate(String apiKey) {
		return this.keys.findByKeyHash(hash(apiKey)).filter(Open311ClientKey::isActive).map(Open311ClientKey::client);
	}

	/** Issues a key; the answer is the only place the key itself ever appears. */
	@Transactional
	public IssuedOpen311Key issue(@Valid IssueOpen311KeyCommand command, String issuedBy) {
		if (this.grids.find(command.placeCode()).isEmpty()) {
			throw new InvalidInputException("placeCode", UserTexts.get("open311.key.unknown-place", command.placeCode()));
		}
		if (this.keys.existsByName(command.name())) {
			throw new ConflictException(UserTexts.get("open311.key.name-taken", command.name()), null);
		}
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String apiKey = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Open311ClientKey key = new Open311ClientKey(command.name(), hash(apiKey), apiKey.substring(0, PREFIX_SHOWN),
				command.channel(), command.placeCode(),
				command.requestsPerMinute() == null ? DEFAULT_REQUESTS_PER_MINUTE : command.requestsPerMinute(),
				issuedBy, this.clock.instant());
		return new IssuedOpen311Key(this.keys.save(key).view(), apiKey);
	}

	@Transactional(readOnly = true)
	public List<Open311KeyView> list() {
		return this.keys.findAllByOrderByCreatedAtDesc().stream().map(Open311ClientKey::view).toList();
	}

	/** Revokes a key at once: calls with it answer 401 from now on. */
	@Transactional
	public Open311KeyView revoke(UUID id, String revokedBy) {
		Open311ClientKey key = this.keys.findById(id)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("open311.key.unknown", id)));
		key.revoke(revokedBy, this.clock.instant());
		return key.view();
	}

	private static String hash(String apiKey) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A key just issued: its record and, this once, the key. */
	public record IssuedOpen311Key(Open311KeyView key, String apiKey) {
	}

}
