/**
 * Cases: every problem found in a grid becomes a case that runs the seven-step loop
 * (collect, report, register, handle, feed back, verify and close, evaluate). The case record
 * lives in our tables; its process instance (business key = case id) drives the steps, and
 * both commit or roll back together. The record is written here only: other modules (and the
 * case's own processes) read {@link org.gridcase.cases.CaseView} copies and change cases through
 * {@link org.gridcase.cases.CaseManagement} and {@link org.gridcase.cases.CaseProgress}; who may
 * see, open and add to cases is the {@link org.gridcase.cases.CaseAccessPolicy}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.gridcase.cases;
