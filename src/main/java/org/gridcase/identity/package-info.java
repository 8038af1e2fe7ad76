/**
 * Identity: who may log in. In the default profile the demo logins of the realm export
 * ({@code keycloak/gridcase-realm.json}, the one source of truth for demo users) are seeded into
 * the engine's identity store, so the README's run command works without Keycloak. People the
 * organisation registers get a login ({@link org.gridcase.grid.StaffLogins}: an engine user with a
 * first password to replace, {@link org.gridcase.identity.FirstPasswords}, or a Keycloak user with
 * a temporary password). Also what
 * people may write through the engine, by engine authorizations: candidates work their tasks
 * ({@code TASK_WORK}), auditors read, everything else is the engine administrator's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.gridcase.identity;
