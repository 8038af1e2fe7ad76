/**
 * Technical platform of GridCase: the database (embedded PostgreSQL for the default run,
 * Flyway migrations that own both our schema and the engine's), the deployment of
 * {@code processes/} and {@code forms/} into the engine, the sandbox that keeps every deployed
 * model from running code (allow-listed expression beans, no scripts or classes, FEEL without
 * Java), and web security for our API, the engine REST API, the Camunda webapps and the
 * actuator. No business module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.gridcase.platform;
