package org.gridcase.platform.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * How the engine's SQL mappings read a property of an object, as OGNL (inside MyBatis) reads it,
 * with the answer to "which method reads this property?" remembered per class and name.
 * <p>
 * OGNL remembers a property's getter, but not what it finds for a property without one: the
 * engine's mappings test {@code query.isOrQueryActive}, {@code query.isWithoutTenantId},
 * {@code isTenantIdSet} and the like, which OGNL reads through the method of that very name
 * after comparing every public method of the class with it, in lower case, on every evaluation
 * ({@code OgnlRuntime.getReadMethod}: about 300 methods for a task query). That comparison was a
 * fifth of the request threads' time of an engine REST task list. The result is the same method
 * (or the field, when there is none), found once.
 */
final class RememberedReadMethods extends ObjectPropertyAccessor {

	private final ClassValue<Map<String, Optional<Method>>> readMethods = new ClassValue<>() {
		@Override
		protected Map<String, Optional<Method>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private final LongAdder lookups = new LongAdder();

	/** Reads every object's properties through this accessor (OGNL's default for any class without one of its own). */
	static void install() {
		try {
			if (!(OgnlRuntime.getPropertyAccessor(Object.class) instanceof RememberedReadMethods)) {
				OgnlRuntime.setPropertyAccessor(Object.class, new RememberedReadMethods());
			}
		}
		catch (OgnlException ex) {
			throw new IllegalStateException("OGNL has an accessor for every object", ex);
		}
	}

	@Override
	public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
		if (target == null || OgnlRuntime.getGetMethod(target.getClass(), name) != null) {
			return super.getPossibleProperty(context, target, name);
		}
		Optional<Method> read = this.readMethods.get(target.getClass()).computeIfAbsent(name, property -> {
			this.lookups.increment();
			return Optional.ofNullable(OgnlRuntime.getReadMethod(target.getClass(), property, null));
		});
		try {
			if (read.isPresent() && context.getMemberAccess().isAccessible(context, target, read.get(), name)) {
				return OgnlRuntime.invokeMethod(target, read.get(), OgnlRuntime.NoArguments);
			}
			return OgnlRuntime.getFieldValue(context, target, name, true);
		}
		catch (InvocationTargetException ex) {
			throw new OgnlException(name, ex.getTargetException());
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new OgnlException(name, ex);
		}
	}

	/** How often a read method was looked up (once per class and property). */
	long lookups() {
		return this.lookups.sum();
	}

}
