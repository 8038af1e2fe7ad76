package org.gridcase.platform.enginerest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Engine failures thrown straight through a REST resource, answered by
 * {@link EngineRestProblems}. Its priority puts it before the engine REST API's own mapper for the
 * same type. Public: Jersey instantiates it by class name.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class ProcessEngineProblems implements ExceptionMapper<ProcessEngineException> {

	@Override
	public Response toResponse(ProcessEngineException exception) {
		return EngineRestProblems.answer(exception);
	}

}
