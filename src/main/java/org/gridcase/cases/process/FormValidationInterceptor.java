package org.gridcase.cases.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a listener throws; a {@link FormFieldValidationException} from our
 * listeners (a missing form field, a rejection without reason) is the caller's mistake and
 * leaves the command as itself, so that the REST API answers 400 with its message, not 500.
 */
class FormValidationInterceptor extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return this.next.execute(command);
		}
		catch (ProcessEngineException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof FormFieldValidationException invalid) {
					throw invalid;
				}
			}
			throw ex;
		}
	}

}
