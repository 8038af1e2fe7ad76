/**
 * Catalogue: the issue types and subcategories (事件部件分类) reports are filed under, each routed
 * to the process that handles it. Data the administrators keep through the admin API, the CSV
 * import and the modeler page, read on every use by intake, Open311, the phone page, task names
 * and the case lifecycle, so a new kind of problem needs no code change and no restart.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
		allowedDependencies = { "shared", "cases" })
package org.gridcase.catalogue;
