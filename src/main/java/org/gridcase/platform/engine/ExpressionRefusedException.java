package org.gridcase.platform.engine;

import org.camunda.bpm.impl.juel.jakarta.el.ELException;

/** An expression tried to reach something the {@link ExpressionSandbox} does not allow. */
class ExpressionRefusedException extends ELException {

	ExpressionRefusedException(String message) {
		super(message);
	}

}
