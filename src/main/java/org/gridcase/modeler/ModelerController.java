package org.gridcase.modeler;

import java.util.List;

import org.gridcase.modeler.DeployedModels.DefinitionView;
import org.gridcase.modeler.InstanceMigration.MigrationCommand;
import org.gridcase.modeler.InstanceMigration.MigrationPreview;
import org.gridcase.modeler.InstanceMigration.MigrationResult;
import org.gridcase.modeler.InstanceMigration.VersionView;
import org.gridcase.modeler.ModelDeployment.DeployCommand;
import org.gridcase.modeler.ModelDeployment.DeployedView;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The modeler's API, for administrators only (holders of ADMIN, engine administrators): the
 * deployed models, their sources, the element templates, deploying new versions and migrating
 * running instances.
 */
@RestController
@RequestMapping("/api/modeler")
@PreAuthorize("@administrators.include(authentication)")
class ModelerController {

	private final DeployedModels deployed;

	private final ModelDeployment deployment;

	private final InstanceMigration migration;

	private final ElementTemplates templates;

	ModelerController(DeployedModels deployed, ModelDeployment deployment, InstanceMigration migration,
			ElementTemplates templates) {
		this.deployed = deployed;
		this.deployment = deployment;
		this.migration = migration;
		this.templates = templates;
	}

	/** The latest version of every process and decision, the latest copy of every form. */
	@GetMapping("/definitions")
	List<DefinitionView> definitions() {
		return this.deployed.latest();
	}

	/** The XML or JSON of one deployed model. */
	@GetMapping(path = "/source", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> source(@RequestParam String deploymentId, @RequestParam String resourceName) {
		return this.deployed.source(deploymentId, resourceName)
			.map(text -> ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(text))
			.orElseThrow(() -> new NotFoundException(UserTexts.get("modeler.resource-unknown", resourceName)));
	}

	/** The Camunda 7 element templates of {@code processes/.camunda/element-templates}, as one list. */
	@GetMapping(path = "/element-templates", produces = MediaType.APPLICATION_JSON_VALUE)
	String elementTemplates() {
		return this.templates.json();
	}

	/**
	 * Deploys {@code {"name": "…", "resources": [{"name": "X.bpmn", "content": "<?xml …"}]}} as new
	 * versions; 201 with the definitions deployed, 400 naming each refused element.
	 */
	@PostMapping("/deployments")
	@ResponseStatus(HttpStatus.CREATED)
	DeployedView deploy(@RequestBody DeployCommand command, Authentication authentication) {
		return this.deployment.deploy(command, authentication.getName());
	}

	/** The versions of a process with their running instances, newest first. */
	@GetMapping("/processes/{key}/versions")
	List<VersionView> versions(@PathVariable String key) {
		return this.migration.versions(key);
	}

	/** Which running instances of the source version could move to the target, and why not. */
	@PostMapping("/migrations/preview")
	MigrationPreview preview(@RequestBody MigrationCommand command) {
		return this.migration.preview(command);
	}

	/** Moves the given instances of the source version to the target version. */
	@PostMapping("/migrations")
	MigrationResult migrate(@RequestBody MigrationCommand command, Authentication authentication) {
		return this.migration.migrate(command, authentication.getName());
	}

}
