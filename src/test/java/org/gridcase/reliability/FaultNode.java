package org.gridcase.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gridcase.GridCaseApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One GridCase node of the fault harness, in a JVM of its own: the application's main class,
 * plus two things only a harness needs. The engine clock follows the offset (milliseconds)
 * written in the file {@code -Dfaults.clock-file}, so the harness moves every node's time at
 * once and thousands of timers fall due; and the job executor's lock owner is written to
 * {@code -Dfaults.lock-owner-file}, so the harness knows which locks a killed node held.
 */
public final class FaultNode {

	private FaultNode() {
	}

	public static void main(String[] args) throws IOException {
		String clockFile = System.getProperty("faults.clock-file");
		if (clockFile != null) {
			followClock(Path.of(clockFile));
		}
		ConfigurableApplicationContext context = SpringApplication.run(GridCaseApplication.class, args);
		String ownerFile = System.getProperty("faults.lock-owner-file");
		if (ownerFile != null) {
			ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) context.getBean(ProcessEngine.class)
				.getProcessEngineConfiguration();
			Files.writeString(Path.of(ownerFile), engine.getJobExecutor().getLockOwner());
		}
	}

	private static void followClock(Path file) {
		Thread follower = new Thread(() -> {
			long applied = 0;
			while (true) {
				try {
					long offset = Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
					if (offset != applied) {
						ClockUtil.offset(offset);
						applied = offset;
					}
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (IOException | NumberFormatException ex) {
					// the harness is writing the file: read it again
				}
			}
		}, "faults-clock");
		follower.setDaemon(true);
		follower.start();
	}

}
