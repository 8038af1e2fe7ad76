/**
 * The browser modeler for administrators at {@code /modeler/}: opens the deployed BPMN, DMN and
 * form definitions, deploys an edited one as a new version through the engine's
 * {@code RepositoryService} (so the deployment policy of {@code platform.engine} applies, as for
 * any other deployment), and moves running instances to the new version with the engine's
 * migration API after a preview of which can move. The page and its API are closed to everyone
 * but administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeler")
package org.gridcase.modeler;
