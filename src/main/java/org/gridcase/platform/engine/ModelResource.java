package org.gridcase.platform.engine;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * A model file with the name it is deployed under; the engine takes a
 * {@link ContextResource}'s path as the deployment resource name.
 */
final class ModelResource extends AbstractResource implements ContextResource {

	private final Resource delegate;

	private final String name;

	ModelResource(Resource delegate, String name) {
		this.delegate = delegate;
		this.name = name;
	}

	@Override
	public String getPathWithinContext() {
		return this.name;
	}

	@Override
	public String getFilename() {
		return this.delegate.getFilename();
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return this.delegate.getInputStream();
	}

	@Override
	public String getDescription() {
		return "model " + this.name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ModelResource that && this.name.equals(that.name);
	}

	@Override
	public int hashCode() {
		return this.name.hashCode();
	}

}
