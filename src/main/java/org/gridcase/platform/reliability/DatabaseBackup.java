package org.gridcase.platform.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.stereotype.Component;

/**
 * Writes a consistent backup of the whole database as a zip archive: every table's rows as
 * PostgreSQL {@code COPY} text (the engine's, GridCase's with the photos and attachments they
 * hold, the audit chain, Flyway's history) and the sequences, all read in one
 * {@code REPEATABLE READ} snapshot while the application keeps running. Only JDBC is needed, so
 * it works for the embedded server (whose bundle has no {@code pg_dump}) and an external one
 * alike; {@link DatabaseRestore} loads it into an empty database.
 */
@Component
class DatabaseBackup {

	private final DataSource dataSource;

	private final ObjectMapper json;

	DatabaseBackup(DataSource dataSource, ObjectMapper json) {
		this.dataSource = dataSource;
		this.json = json;
	}

	BackupManifest write(OutputStream out) throws IOException, SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				return write(connection, new ZipOutputStream(out));
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
				connection.setAutoCommit(true);
			}
		}
	}

	private BackupManifest write(Connection connection, ZipOutputStream zip) throws IOException, SQLException {
		// the first statement takes the snapshot every later one reads
		Instant takenAt = single(connection, "select now()").getTimestamp(1).toInstant();
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		List<BackupManifest.Table> tables = new ArrayList<>();
		for (String name : DatabaseSchema.tablesInLoadOrder(connection)) {
			List<String> columns = DatabaseSchema.columns(connection, name);
			BackupManifest.Table table = new BackupManifest.Table(name, columns, 0);
			zip.putNextEntry(new ZipEntry(table.entry()));
			long rows = copy.copyOut("copy " + DatabaseSchema.quoted(name) + " (" + DatabaseSchema.columnList(columns)
					+ ") to stdout", zip);
			zip.closeEntry();
			tables.add(new BackupManifest.Table(name, columns, rows));
		}
		List<BackupManifest.Sequence> sequences = new ArrayList<>();
		for (String name : DatabaseSchema.sequences(connection)) {
			ResultSet position = single(connection, "select last_value, is_called from " + DatabaseSchema.quoted(name));
			sequences.add(new BackupManifest.Sequence(name, position.getLong(1), position.getBoolean(2)));
		}
		BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, takenAt, schemaVersion(connection), tables,
				sequences);
		zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
		zip.write(this.json.writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		return manifest;
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		MigrationVersion highest = MigrationVersion.EMPTY;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select version from flyway_schema_history where success and version is not null")) {
			while (rows.next()) {
				MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
				if (version.compareTo(highest) > 0) {
					highest = version;
				}
			}
		}
		return highest.getVersion();
	}

	private static ResultSet single(Connection connection, String sql) throws SQLException {
		ResultSet rows = connection.createStatement().executeQuery(sql);
		rows.next();
		return rows;
	}

}
