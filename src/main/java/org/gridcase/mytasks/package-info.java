/**
 * My tasks, for the phone page: the engine tasks a person holds or may claim, each with its
 * case (tracking number, issue type, address, light, deadline), claimed and — where the task's
 * form has only simple fields — completed through the engine as that person, so the engine's
 * authorizations and the forms' declared inputs apply as in Tasklist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "My tasks",
		allowedDependencies = { "shared", "catalogue" })
package org.gridcase.mytasks;
