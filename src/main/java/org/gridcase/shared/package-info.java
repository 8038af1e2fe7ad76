/**
 * Shared kernel: what every module's web API shares, such as how invalid input is reported
 * (HTTP 400, {@code application/problem+json}, naming each bad field).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.gridcase.shared;
