package org.gridcase.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One element of a model that {@link ModelDeploymentPolicy} refuses, as the engine reports problems. */
record ModelRefusal(String elementId, String message) implements Problem {

	@Override
	public String getMessage() {
		return this.message;
	}

	@Override
	public int getLine() {
		return 0;
	}

	@Override
	public int getColumn() {
		return 0;
	}

	@Override
	public String getMainElementId() {
		return this.elementId;
	}

	@Override
	public List<String> getElementIds() {
		return this.elementId == null ? List.of() : List.of(this.elementId);
	}

}
