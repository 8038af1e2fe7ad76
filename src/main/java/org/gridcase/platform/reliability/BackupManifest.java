package org.gridcase.platform.reliability;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds ({@code manifest.json} in the archive): the schema version it was taken
 * at, and per table its columns and rows, per sequence its position.
 *
 * @param format the archive's layout version
 * @param takenAt when the snapshot was taken (database time)
 * @param schemaVersion the highest Flyway migration applied; a restore migrates an empty
 *     database up to it before loading the rows
 * @param tables in an order that loads referenced rows first
 */
record BackupManifest(int format, Instant takenAt, String schemaVersion, List<Table> tables,
		List<Sequence> sequences) {

	static final int FORMAT = 1;

	static final String ENTRY = "manifest.json";

	/** One table's rows as PostgreSQL {@code COPY} text, in the archive entry {@code data/<name>.copy}. */
	record Table(String name, List<String> columns, long rows) {

		String entry() {
			return "data/" + this.name + ".copy";
		}

	}

	record Sequence(String name, long lastValue, boolean called) {
	}

}
