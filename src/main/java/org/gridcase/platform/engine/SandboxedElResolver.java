package org.gridcase.platform.engine;

import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * Resolves the allowed beans by name and lets members of other objects be read or called only
 * as the {@link ExpressionSandbox} allows. Lists, maps and arrays are indexed by the resolvers
 * after this one (read-only).
 */
final class SandboxedElResolver extends ELResolver {

	private final ExpressionSandbox sandbox;

	private final BeanELResolver members = new BeanELResolver(true);

	SandboxedElResolver(ExpressionSandbox sandbox) {
		this.sandbox = sandbox;
	}

	@Override
	public Object getValue(ELContext context, Object base, Object property) {
		if (base == null) {
			if (property instanceof String name && this.sandbox.isAllowedBean(name)) {
				context.setPropertyResolved(true);
				return this.sandbox.bean(name);
			}
			return null;
		}
		if (isIndexed(base)) {
			return null;
		}
		this.sandbox.checkRead(base, String.valueOf(property));
		return this.members.getValue(context, base, property);
	}

	@Override
	public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
		if (base == null) {
			return null;
		}
		this.sandbox.checkInvoke(base, String.valueOf(method));
		return this.members.invoke(context, base, method, paramTypes, params);
	}

	@Override
	public Class<?> getType(ELContext context, Object base, Object property) {
		if (base == null || isIndexed(base)) {
			return null;
		}
		this.sandbox.checkRead(base, String.valueOf(property));
		return this.members.getType(context, base, property);
	}

	@Override
	public void setValue(ELContext context, Object base, Object property, Object value) {
		if (base != null && !isIndexed(base)) {
			throw new PropertyNotWritableException("Models may not change " + property + " of "
					+ base.getClass().getName());
		}
	}

	@Override
	public boolean isReadOnly(ELContext context, Object base, Object property) {
		if (base != null && !isIndexed(base)) {
			context.setPropertyResolved(true);
			return true;
		}
		return false;
	}

	@Override
	public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
		return Collections.emptyIterator();
	}

	@Override
	public Class<?> getCommonPropertyType(ELContext context, Object base) {
		return base == null ? String.class : null;
	}

	private static boolean isIndexed(Object base) {
		return base instanceof Map || base instanceof List || base.getClass().isArray();
	}

}
