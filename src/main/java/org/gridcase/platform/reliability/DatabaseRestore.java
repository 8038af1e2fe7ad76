package org.gridcase.platform.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a backup of {@link DatabaseBackup} into an empty database at startup
 * ({@code --gridcase.restore.from=<archive>}): migrates the schema to the backup's version,
 * replaces every row in one transaction (referenced tables first, the audit tables' append-only
 * guards set aside only inside it), sets the sequences, checks
 * the row counts, and leaves the later migrations to the normal start. A database that already
 * holds GridCase is refused: a restore never overwrites live data.
 */
final class DatabaseRestore {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRestore.class);

	private final Path archive;

	private final ObjectMapper json;

	DatabaseRestore(Path archive, ObjectMapper json) {
		this.archive = archive;
		this.json = json;
	}

	void restore(Flyway flyway, Connection connection) throws IOException, SQLException {
		if (flyway.info().applied().length > 0) {
			throw new IllegalStateException("Refusing to restore " + this.archive
					+ ": the database already holds GridCase (start with an empty database)");
		}
		try (ZipFile zip = new ZipFile(this.archive.toFile())) {
			BackupManifest manifest = this.json.readValue(zip.getInputStream(entry(zip, BackupManifest.ENTRY)),
					BackupManifest.class);
			if (manifest.format() != BackupManifest.FORMAT) {
				throw new IllegalStateException("Unknown backup format " + manifest.format() + " in " + this.archive);
			}
			log.info("Restoring {} (taken {}, schema version {})", this.archive, manifest.takenAt(),
					manifest.schemaVersion());
			Flyway.configure()
				.configuration(flyway.getConfiguration())
				.target(MigrationVersion.fromVersion(manifest.schemaVersion()))
				.load()
				.migrate();
			load(zip, manifest, connection);
		}
	}

	private void load(ZipFile zip, BackupManifest manifest, Connection connection) throws IOException, SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			// The guards of the append-only audit tables (user triggers) stand aside for this
			// transaction only; foreign keys stay checked. Rows the migrations seeded make way for
			// the backup's, dependent tables first.
			List<BackupManifest.Table> tables = manifest.tables();
			for (BackupManifest.Table table : tables) {
				statement.execute("alter table " + DatabaseSchema.quoted(table.name()) + " disable trigger user");
			}
			for (int i = tables.size() - 1; i >= 0; i--) {
				statement.execute("delete from " + DatabaseSchema.quoted(tables.get(i).name()));
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (BackupManifest.Table table : tables) {
				try (InputStream rows = zip.getInputStream(entry(zip, table.entry()))) {
					long loaded = copy.copyIn("copy " + DatabaseSchema.quoted(table.name()) + " ("
							+ DatabaseSchema.columnList(table.columns()) + ") from stdin", rows);
					if (loaded != table.rows()) {
						throw new IllegalStateException("Table " + table.name() + ": " + loaded + " rows loaded, "
								+ table.rows() + " backed up");
					}
				}
			}
			for (BackupManifest.Sequence sequence : manifest.sequences()) {
				try (ResultSet ignored = statement.executeQuery("select setval('" + DatabaseSchema.quoted(sequence.name())
						+ "', " + sequence.lastValue() + ", " + sequence.called() + ")")) {
					// setval answers the value it set
				}
			}
			for (BackupManifest.Table table : tables) {
				statement.execute("alter table " + DatabaseSchema.quoted(table.name()) + " enable trigger user");
			}
			connection.commit();
			log.info("Restored {} tables and {} sequences from {}", tables.size(), manifest.sequences().size(),
					this.archive);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private ZipEntry entry(ZipFile zip, String name) {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IllegalStateException(this.archive + " is no GridCase backup: it lacks " + name);
		}
		return entry;
	}

}
