package org.gridcase.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An API key issued to an Open311 client system. Only the key's SHA-256 hash and its first
 * characters (to recognise it in a list) are kept; the key itself is shown once, when issued.
 */
@Entity
@Table(name = "open311_client_key")
class Open311ClientKey {

	@Id
	private UUID id;

	private String name;

	private String keyHash;

	private String keyPrefix;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private String placeCode;

	private int requestsPerMinute;

	private boolean active;

	private String createdBy;

	private Instant createdAt;

	private String revokedBy;

	private Instant revokedAt;

	protected Open311ClientKey() {
	}

	Open311ClientKey(String name, String keyHash, String keyPrefix, Channel channel, String placeCode,
			int requestsPerMinute, String createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.keyHash = keyHash;
		this.keyPrefix = keyPrefix;
		this.channel = channel;
		this.placeCode = placeCode;
		this.requestsPerMinute = requestsPerMinute;
		this.active = true;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Stops the key for good; a client needs a new key afterwards. */
	void revoke(String by, Instant at) {
		if (this.active) {
			this.active = false;
			this.revokedBy = by;
			this.revokedAt = at;
		}
	}

	boolean isActive() {
		return this.active;
	}

	Open311Client client() {
		return new Open311Client(this.id, this.name, this.channel, this.placeCode, this.requestsPerMinute);
	}

	Open311KeyView view() {
		return new Open311KeyView(this.id, this.name, this.keyPrefix, this.channel, this.placeCode,
				this.requestsPerMinute, this.active, this.createdBy, this.createdAt, this.revokedBy, this.revokedAt);
	}

}
