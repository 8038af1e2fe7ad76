package org.gridcase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * GridCase: case management for grid-based city governance, driven by Camunda 7.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GridCaseApplication {

	public static void main(String[] args) {
		SpringApplication.run(GridCaseApplication.class, args);
	}

}
