package org.gridcase.platform.engine;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

import camundajar.impl.scala.Function1;
import camundajar.impl.scala.Option;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.valuemapper.CustomValueMapper;
import org.camunda.spin.Spin;

/**
 * FEEL sees values, never Java objects: the Scala FEEL engine would wrap any other object in a
 * context whose getters and methods a DMN expression could call (reflection through
 * {@code x.class}, for instance). This mapper, asked first, turns such an object into an error
 * value; strings, numbers, booleans, dates, {@code java.time} values, lists, maps and Spin
 * JSON/XML pass on to the engine's own mappers. As a {@link FeelEngineFactory} it builds the
 * engine with it (no custom functions; external functions stay disabled by Camunda).
 */
final class PlainFeelValues implements CustomValueMapper, FeelEngineFactory {

	@Override
	public FeelEngine createInstance() {
		return new ScalaFeelEngine(java.util.List.of()) {
			@Override
			protected camundajar.impl.scala.collection.immutable.List<CustomValueMapper> getValueMappers() {
				return super.getValueMappers().$colon$colon(PlainFeelValues.this);
			}
		};
	}

	@Override
	public Option<Val> toVal(Object value, Function1<Object, Val> innerValueMapper) {
		if (value == null || isPlain(value)) {
			return Option.empty();
		}
		return Option.apply(ValError.apply("FEEL may not read Java objects (" + value.getClass().getName() + ")"));
	}

	@Override
	public Option<Object> unpackVal(Val value, Function1<Val, Object> innerValueMapper) {
		return Option.empty();
	}

	@Override
	public int priority() {
		return Integer.MAX_VALUE;
	}

	@Override
	public void org$camunda$feel$valuemapper$CustomValueMapper$_setter_$priority_$eq(int priority) {
		// the priority is fixed: first
	}

	private static boolean isPlain(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Character || value instanceof Date || value instanceof TemporalAccessor
				|| value instanceof TemporalAmount || value instanceof Collection || value instanceof Map
				|| value.getClass().isArray() || value instanceof Val || value instanceof Spin
				|| value.getClass().getName().startsWith("camundajar.impl.scala.");
	}

}
