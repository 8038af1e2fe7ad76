package org.gridcase.platform.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}, so that our timestamps and the engine's timers and
 * due dates read the same time, also when a test moves the engine clock.
 */
final class EngineClock extends Clock {

	private final ZoneId zone;

	EngineClock(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new EngineClock(zone);
	}

	@Override
	public Instant instant() {
		return ClockUtil.now().toInstant();
	}

	static EngineClock utc() {
		return new EngineClock(ZoneOffset.UTC);
	}

}
