package org.gridcase.bench.vanilla;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Vanilla Camunda 7.24 CE as its Spring Boot starter runs it: the engine with its job executor
 * and the REST API at {@code /engine-rest}, history level full, no authorization, deploying
 * {@code processes/bench-task.bpmn} (one user task with a timer) at start. The benchmark
 * (bench/performance.sh) measures GridCase against it on the same PostgreSQL.
 */
@SpringBootApplication
public class VanillaCamunda {

	public static void main(String[] args) {
		SpringApplication.run(VanillaCamunda.class, args);
	}

}
