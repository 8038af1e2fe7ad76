/**
 * Cases: every problem found in a grid becomes a case that runs the seven-step loop
 * (collect, report, register, handle, feed back, verify and close, evaluate). The case record
 * lives in our tables; its process instance (business key = case id) drives the steps, and
 * both commit or roll back together.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.gridcase.cases;
