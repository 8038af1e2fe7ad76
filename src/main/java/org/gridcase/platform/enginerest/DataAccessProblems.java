package org.gridcase.platform.enginerest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.springframework.dao.DataAccessException;

/**
 * Failures of the transaction around an engine command, which Spring reports as data access
 * exceptions rather than engine ones (a commit or rollback on a connection PostgreSQL has just
 * dropped while it restarts), answered by {@link EngineRestProblems}: 503 when the database is
 * unreachable, otherwise as the engine REST API always does. Public: Jersey instantiates it by
 * class name.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class DataAccessProblems implements ExceptionMapper<DataAccessException> {

	@Override
	public Response toResponse(DataAccessException exception) {
		return EngineRestProblems.answer(exception);
	}

}
