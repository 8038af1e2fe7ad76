package org.gridcase.platform.enginerest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Engine failures a REST resource wrapped (as {@code complete} and {@code submit-form} do, with
 * status 500 for any engine failure), answered by {@link EngineRestProblems}. Its priority puts
 * it before the engine REST API's own mapper for the same type. Public: Jersey instantiates it by
 * class name.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class RestProblems implements ExceptionMapper<RestException> {

	@Override
	public Response toResponse(RestException exception) {
		return EngineRestProblems.answer(exception);
	}

}
