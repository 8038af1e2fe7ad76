package org.gridcase.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The canonical encoding and the hash of an audit chain link.
 * <p>
 * {@code hash = hex(SHA-256(UTF-8(encoding)))}, lower-case, where the encoding is the JSON
 * object with exactly these members, keys sorted by their code points at every depth, no
 * whitespace, strings escaped as Jackson writes them (non-ASCII characters as themselves):
 * <ol>
 * <li>{@code actor}: user name, or {@code system}</li>
 * <li>{@code caseId}: the case's UUID in lower case, or {@code null}</li>
 * <li>{@code data}: the event's values (an object; its stored text is this same canonical JSON)</li>
 * <li>{@code occurredAt}: ISO-8601 in UTC with exactly six fractional digits,
 * {@code 2026-11-22T16:48:33.123456Z} (times are truncated to microseconds, PostgreSQL's
 * precision, before they are stored)</li>
 * <li>{@code previousHash}: the hash of the previous link in the same chain (64 hex digits); the
 * first link of a chain follows 64 zeros, the first one after a retention purge the chain's
 * anchor (the hash of its last purged link)</li>
 * <li>{@code sequence}: the link's number, as a JSON number: unique across the chains and
 * greater than the previous link's of its chain (drawn from one database sequence under the
 * chain's lock, so the numbers of a chain have gaps where other chains' links were numbered;
 * the links of the single chain of before V35, chain 0's first ones, are numbered 1, 2, 3, …)</li>
 * <li>{@code type}: the event type, e.g. {@code TASK_COMPLETED}</li>
 * </ol>
 * e.g. {@code {"actor":"station1","caseId":"…","data":{"task":"梳理上报案件"},"occurredAt":"…",
 * "previousHash":"…","sequence":42,"type":"TASK_COMPLETED"}}.
 * <p>
 * The chain number is not part of the encoding: a link is bound to its chain by its previous
 * hash.
 */
final class AuditChain {

	static final String GENESIS_HASH = "0".repeat(64);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(java.time.ZoneOffset.UTC);

	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private AuditChain() {
	}

	/** Times as the chain keeps them. */
	static Instant truncate(Instant time) {
		return time.truncatedTo(ChronoUnit.MICROS);
	}

	static String canonicalJson(Map<String, ?> data) {
		try {
			return CANONICAL.writeValueAsString(new TreeMap<>(data));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Audit data must be plain values", ex);
		}
	}

	static Map<String, Object> parse(String json) {
		try {
			return CANONICAL.readValue(json, new TypeReference<>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Audit data is no JSON object", ex);
		}
	}

	static String hash(long sequence, UUID caseId, String type, String actor, Instant occurredAt,
			Map<String, ?> data, String previousHash) {
		Map<String, Object> link = new TreeMap<>();
		link.put("actor", actor);
		link.put("caseId", caseId == null ? null : caseId.toString());
		link.put("data", data);
		link.put("occurredAt", TIME.format(occurredAt));
		link.put("previousHash", previousHash);
		link.put("sequence", sequence);
		link.put("type", type);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(CANONICAL.writeValueAsString(link).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException | JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
