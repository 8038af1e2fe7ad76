package org.gridcase.patrol;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's diary of a day (民情日记): what they saw and heard in their grid. One entry per
 * person and day, rewritten as the day goes on.
 */
@Entity
@Table(name = "patrol_diary")
class DiaryEntry {

	@EmbeddedId
	private Key key;

	private String gridCode;

	private String text;

	private Instant updatedAt;

	@Version
	private long version;

	protected DiaryEntry() {
	}

	DiaryEntry(String username, LocalDate day) {
		this.key = new Key(username, day);
	}

	void write(String gridCode, String text, Instant at) {
		this.gridCode = gridCode;
		this.text = text;
		this.updatedAt = at;
	}

	LocalDate getDay() {
		return this.key.day();
	}

	String getGridCode() {
		return this.gridCode;
	}

	String getText() {
		return this.text;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Embeddable
	record Key(String username, LocalDate day) implements Serializable {
	}

}
