package org.gridcase.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.gridcase.cases.CasePhoto;

/**
 * A fingerprint of a submitted report, so that an {@code Idempotency-Key} sent again with
 * another report is told apart from a retry: SHA-256 over the report in canonical JSON (fields
 * in alphabetical order, as bound, whatever order or spacing the client sent) and the SHA-256 of
 * each photo, in order.
 */
final class RequestHash {

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private RequestHash() {
	}

	static String of(SubmitReportCommand command, List<CasePhoto> photos) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(CANONICAL.writeValueAsBytes(command));
			for (CasePhoto photo : photos) {
				digest.update(MessageDigest.getInstance("SHA-256").digest(photo.content()));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException | JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
