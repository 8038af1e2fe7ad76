package org.gridcase.workplace;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNamePolicyTests {

	/** A catalogue of a few entries, as the policy is handed them. */
	private static final Predicate<String> SUBCATEGORIES = Set.of("暴露垃圾", "邻里纠纷", "高空抛物")::contains;

	private static final Map<String, String> ISSUE_TYPES = Map.of("SANITATION", "环境卫生", "SAFETY_HAZARD", "安全隐患",
			"DUST", "扬尘污染", "DISPUTE", "矛盾纠纷");

	private static final UnaryOperator<String> ISSUE_TYPE_NAME = code -> ISSUE_TYPES.getOrDefault(code, code);

	private static String name(String step, String issueType, String description, String address) {
		return TaskNamePolicy.name(step, issueType, description, address, SUBCATEGORIES, ISSUE_TYPE_NAME);
	}

	@Test
	void namesTheStepWithTheReportedSubcategoryAndTheAddress() {
		assertThat(name("网格内处置", "SANITATION", "暴露垃圾: 路口东北角暴露垃圾", "顺河路1号"))
			.isEqualTo("网格内处置 · 暴露垃圾 · 顺河路1号");
	}

	@Test
	void namesASubcategoryTheCatalogueGainedWithoutCode() {
		assertThat(name("网格内处置", "HIGH_ALTITUDE_THROWING", "高空抛物：3号楼有人扔花盆", "金水花园"))
			.isEqualTo("网格内处置 · 高空抛物 · 金水花园");
	}

	@Test
	void fallsBackToTheIssueTypeForCasesOpenedWithoutAReport() {
		assertThat(name("审核立案", "SAFETY_HAZARD", "楼道堆放杂物", "顺河路2号")).isEqualTo("审核立案 · 安全隐患 · 顺河路2号");
		assertThat(name("审核立案", "SAFETY_HAZARD", "注意: 楼道堆放杂物", null)).isEqualTo("审核立案 · 安全隐患");
	}

	@Test
	void dropsTheDistrictInFrontAndCutsLongAddresses() {
		assertThat(name("网格内处置", "DUST", null, "河南省郑州市管城回族区顺河路与东大街交叉口东北角工地"))
			.isEqualTo("网格内处置 · 扬尘污染 · 顺河路与东大街交叉口东北角…");
		assertThat(name("网格内处置", "DUST", null, "金水花园小区3号楼")).endsWith(" · 金水花园小区3号楼");
	}

	@Test
	void leavesOutWhatIsUnknownAndKeepsANameThatAlreadyCarriesTheCase() {
		assertThat(name("汇总责任方", "DISPUTE", "邻里纠纷: 噪音", null)).isEqualTo("汇总责任方 · 邻里纠纷");
		assertThat(name("网格内处置 · 暴露垃圾 · 顺河路1号", "SANITATION", "暴露垃圾: x", "顺河路1号"))
			.isEqualTo("网格内处置 · 暴露垃圾 · 顺河路1号");
	}

}
