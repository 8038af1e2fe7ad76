package org.gridcase.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event and component categories of digital urban management (数字化城市管理), as the code
 * table reports are filed under, each mapped to the issue type whose process handles it.
 */
public enum Subcategory {

	EXPOSED_GARBAGE("01-01", "市容环境", "暴露垃圾", "SANITATION"),
	ACCUMULATED_WASTE("01-02", "市容环境", "积存垃圾渣土", "SANITATION"),
	DIRTY_ROAD("01-03", "市容环境", "道路不洁", "SANITATION"),
	CONSTRUCTION_DUST("01-04", "市容环境", "施工扬尘", "DUST"),
	UNLICENSED_VENDOR("02-01", "街面秩序", "无照经营游商", "PAVEMENT_OCCUPATION"),
	OUTSIDE_STORE_BUSINESS("02-02", "街面秩序", "店外经营", "PAVEMENT_OCCUPATION"),
	ILLEGAL_PARKING("02-03", "街面秩序", "违章停放", "PAVEMENT_OCCUPATION"),
	ILLEGAL_BUILDING("03-01", "施工管理", "违法建设", "ILLEGAL_CONSTRUCTION"),
	UNAUTHORISED_CONSTRUCTION("03-02", "施工管理", "无证施工", "ILLEGAL_CONSTRUCTION"),
	FIRE_EXIT_BLOCKED("04-01", "安全隐患", "消防通道堵塞", "SAFETY_HAZARD"),
	GAS_LEAK("04-02", "安全隐患", "燃气泄漏隐患", "SAFETY_HAZARD"),
	STRUCTURAL_DANGER("04-03", "安全隐患", "房屋结构安全", "SAFETY_HAZARD"),
	OTHER_HAZARD("04-09", "安全隐患", "其他安全隐患", "SAFETY_HAZARD"),
	NEIGHBOUR_DISPUTE("05-01", "矛盾纠纷", "邻里纠纷", "DISPUTE"),
	UNPAID_WAGES("05-02", "矛盾纠纷", "拖欠农民工工资", "DISPUTE"),
	MANHOLE_COVER("06-01", "公用设施", "井盖缺失破损", "PUBLIC_FACILITY"),
	STREET_LIGHT("06-02", "公用设施", "路灯不亮", "PUBLIC_FACILITY"),
	FOOD_SAFETY("07-01", "食品安全", "食品安全隐患", "FOOD_SAFETY"),
	AGENCY_SERVICE("08-01", "便民服务", "代办服务", "AGENCY_SERVICE");

	private final String code;

	private final String category;

	private final String name;

	private final String issueType;

	Subcategory(String code, String category, String name, String issueType) {
		this.code = code;
		this.category = category;
		this.name = name;
		this.issueType = issueType;
	}

	public static Optional<Subcategory> ofCode(String code) {
		return Arrays.stream(values()).filter(subcategory -> subcategory.code.equals(code)).findFirst();
	}

	public String code() {
		return this.code;
	}

	/** Main category, e.g. 市容环境. */
	public String category() {
		return this.category;
	}

	/** Chinese name, e.g. 暴露垃圾. */
	public String label() {
		return this.name;
	}

	public String issueType() {
		return this.issueType;
	}

}
