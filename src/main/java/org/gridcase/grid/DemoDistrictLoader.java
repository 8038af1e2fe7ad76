package org.gridcase.grid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link DemoDistrict} at the first start (when the district does not exist yet),
 * unless {@code gridcase.demo.enabled=false}. Its people open no logins: the demo logins are the
 * realm export's ({@code keycloak/gridcase-realm.json}), the other staff are made up.
 */
@Component
@ConditionalOnProperty(name = "gridcase.demo.enabled", havingValue = "true")
class DemoDistrictLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDistrictLoader.class);

	private final GridDirectory directory;

	private final OrganisationImport organisationImport;

	DemoDistrictLoader(GridDirectory directory, OrganisationImport organisationImport) {
		this.directory = directory;
		this.organisationImport = organisationImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.find(DemoDistrict.DISTRICT_CODE).isPresent()) {
			return;
		}
		ImportReport report = this.organisationImport.importWithoutLogins(DemoDistrict.rows());
		log.info("Loaded the demo district: {}", report.changes());
	}

}
