package org.gridcase.platform.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;

/**
 * The engine's ids: numbers handed out from blocks reserved in {@code ACT_GE_PROPERTY}'s
 * {@code next.dbid} row (the row the engine's own {@code DbIdGenerator} uses). A block is
 * reserved by one atomic {@code update ... returning} in a transaction of its own on a
 * connection of its own: nodes that reserve at the same moment wait for the row's lock and
 * each gets a different block, with no optimistic-locking failure to retry, and the request
 * that needs the block never waits for a second connection from the application's pool.
 */
final class EngineIdBlocks implements IdGenerator, AutoCloseable {

	private static final String RESERVE = "update act_ge_property set value_ = (cast(value_ as bigint) + ?)::varchar,"
			+ " rev_ = rev_ + 1 where name_ = 'next.dbid' returning cast(value_ as bigint)";

	private final DataSource connections;

	private final int blockSize;

	private long next;

	private long end;

	EngineIdBlocks(DataSource connections, int blockSize) {
		if (blockSize < 1) {
			throw new IllegalArgumentException("blockSize must be positive");
		}
		this.connections = connections;
		this.blockSize = blockSize;
	}

	@Override
	public synchronized String getNextId() {
		if (this.next == this.end) {
			reserveBlock();
		}
		return Long.toString(this.next++);
	}

	private void reserveBlock() {
		try (Connection connection = this.connections.getConnection();
				PreparedStatement reserve = connection.prepareStatement(RESERVE)) {
			connection.setAutoCommit(true);
			reserve.setInt(1, this.blockSize);
			try (ResultSet row = reserve.executeQuery()) {
				if (!row.next()) {
					throw new ProcessEngineException("ACT_GE_PROPERTY has no next.dbid row");
				}
				this.end = row.getLong(1);
				this.next = this.end - this.blockSize;
			}
		}
		catch (SQLException ex) {
			throw new ProcessEngineException("Could not reserve a block of engine ids", ex);
		}
	}

	@Override
	public void close() throws Exception {
		if (this.connections instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
