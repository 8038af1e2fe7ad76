/**
 * Identity: who may log in. In the default profile the demo logins of the realm export
 * ({@code keycloak/gridcase-realm.json}, the one source of truth for demo users) are seeded into
 * the engine's identity store, so the README's run command works without Keycloak. Also what
 * people may write through the engine, by engine authorizations: candidates work their tasks
 * ({@code TASK_WORK}), auditors read, everything else is the engine administrator's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.gridcase.identity;
