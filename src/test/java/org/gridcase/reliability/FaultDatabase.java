package org.gridcase.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL server the harness's nodes share, a real server process from the same
 * binaries the embedded default uses, durable (fsync on) in a data directory of its own, on a
 * fixed port so that it can be stopped and started again under running nodes.
 */
final class FaultDatabase implements AutoCloseable {

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgres server;

	private FaultDatabase(Path dataDirectory, int port) {
		this.dataDirectory = dataDirectory;
		this.port = port;
	}

	static FaultDatabase start(Path dataDirectory, int port) throws IOException {
		Files.createDirectories(dataDirectory);
		FaultDatabase database = new FaultDatabase(dataDirectory, port);
		database.start();
		return database;
	}

	void start() throws IOException {
		this.server = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPort(this.port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "200")
			.start();
	}

	/** A fast shutdown ({@code pg_ctl stop -m fast}): sessions are cut, the server exits. */
	void stop() throws IOException {
		this.server.close();
		this.server = null;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.port + "/postgres";
	}

	@Override
	public void close() throws IOException {
		if (this.server != null) {
			stop();
		}
	}

}
