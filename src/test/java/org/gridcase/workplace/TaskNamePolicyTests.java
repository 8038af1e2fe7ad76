package org.gridcase.workplace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNamePolicyTests {

	@Test
	void namesTheStepWithTheReportedSubcategoryAndTheAddress() {
		assertThat(TaskNamePolicy.name("网格内处置", "SANITATION", "暴露垃圾: 路口东北角暴露垃圾", "顺河路1号"))
			.isEqualTo("网格内处置 · 暴露垃圾 · 顺河路1号");
	}

	@Test
	void fallsBackToTheIssueTypeForCasesOpenedWithoutAReport() {
		assertThat(TaskNamePolicy.name("审核立案", "SAFETY_HAZARD", "楼道堆放杂物", "顺河路2号"))
			.isEqualTo("审核立案 · 安全隐患 · 顺河路2号");
	}

	@Test
	void dropsTheDistrictInFrontAndCutsLongAddresses() {
		assertThat(TaskNamePolicy.name("网格内处置", "DUST", null, "河南省郑州市管城回族区顺河路与东大街交叉口东北角工地"))
			.isEqualTo("网格内处置 · 扬尘污染 · 顺河路与东大街交叉口东北角…");
		assertThat(TaskNamePolicy.name("网格内处置", "DUST", null, "金水花园小区3号楼")).endsWith(" · 金水花园小区3号楼");
	}

	@Test
	void leavesOutWhatIsUnknownAndKeepsANameThatAlreadyCarriesTheCase() {
		assertThat(TaskNamePolicy.name("汇总责任方", "DISPUTE", "邻里纠纷: 噪音", null)).isEqualTo("汇总责任方 · 邻里纠纷");
		assertThat(TaskNamePolicy.name("网格内处置 · 暴露垃圾 · 顺河路1号", "SANITATION", "暴露垃圾: x", "顺河路1号"))
			.isEqualTo("网格内处置 · 暴露垃圾 · 顺河路1号");
	}

}
