package org.gridcase.platform.engine;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedReadMethodsTests {

	RememberedReadMethods accessor;

	@BeforeEach
	void installed() throws Exception {
		RememberedReadMethods.install();
		this.accessor = (RememberedReadMethods) OgnlRuntime.getPropertyAccessor(Object.class);
	}

	@Test
	void aPropertyWithoutAGetterIsReadAsOgnlReadsItAndItsMethodLookedUpOnce() {
		Probe probe = new Probe();
		long before = this.accessor.lookups();
		for (int i = 0; i < 50; i++) {
			assertThat(OgnlCache.getValue("probe.isOpen", Map.of("probe", probe))).isEqualTo(true);
			assertThat(OgnlCache.getValue("probe.name", Map.of("probe", probe))).isEqualTo("井盖");
			assertThat(OgnlCache.getValue("probe.count", Map.of("probe", probe))).isEqualTo(3);
			assertThat(OgnlCache.getValue("probe.tags.size", Map.of("probe", probe))).isEqualTo(2);
		}
		// isOpen (a method of that name) and count (a field): one lookup each, not one per evaluation
		assertThat(this.accessor.lookups() - before).isEqualTo(2);
	}

	@Test
	void theEngineTaskQuerysConditionsWithoutGettersCostOneLookupPerNode() {
		TaskQueryImpl query = new TaskQueryImpl();
		query.withoutTenantId();
		Map<String, Object> context = Map.of("query", query);
		assertThat(OgnlCache.getValue("query.isOrQueryActive", context)).isEqualTo(false);
		assertThat(OgnlCache.getValue("query.isWithoutTenantId", context)).isEqualTo(true);
		long afterFirst = this.accessor.lookups();
		for (int i = 0; i < 100; i++) {
			assertThat(OgnlCache.getValue("query.isOrQueryActive", context)).isEqualTo(false);
			assertThat(OgnlCache.getValue("query.isWithoutTenantId", context)).isEqualTo(true);
		}
		assertThat(this.accessor.lookups()).isEqualTo(afterFirst);
		assertThat(OgnlRuntime.getGetMethod(TaskQueryImpl.class, "isOrQueryActive")).as("no getter: OGNL would scan")
			.isNull();
	}

	public static class Probe {

		private final int count = 3;

		public boolean isOpen() {
			return true;
		}

		public String getName() {
			return "井盖";
		}

		public List<String> getTags() {
			return List.of("a", "b");
		}

	}

}
