package org.gridcase.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.gridcase.grid.OrganisationRows.AssignmentRow;
import org.gridcase.grid.OrganisationRows.DepartmentRow;
import org.gridcase.grid.OrganisationRows.GridRow;
import org.gridcase.grid.OrganisationRows.PersonRow;
import org.gridcase.grid.OrganisationRows.Source;

/**
 * A synthetic district shaped like 管城回族区 in the seeds: 12 streets, 93 communities, 445
 * grids laid out as nested rectangles, every grid staffed "4+2+X" (grid leader, community
 * police, community doctor and inspector; building head and grid worker; volunteers), station,
 * center and department staff, and about 950 officers of 14 departments sent down to
 * communities and streets. Deterministic: the same rows every time. The documented demo
 * logins ({@link #DEMO_LOGINS}) hold fixed places.
 */
public final class DemoDistrict {

	public static final String DISTRICT_CODE = "410104";

	public static final String FIRST_STREET = "410104001";

	public static final String FIRST_COMMUNITY = "410104001001";

	public static final String FIRST_GRID = "410104001001001";

	public static final String SECOND_GRID = "410104001001002";

	/** Grid code of the first grid of the second street: far from the demo logins' grids. */
	public static final String OTHER_STREET_GRID = "410104002001001";

	/** The demo logins and the role each holds (README lists them; the realm file gives passwords). */
	public static final Map<String, RoleAtPlace> DEMO_LOGINS = Map.ofEntries(
			Map.entry("gridleader1", RoleAtPlace.of(Role.GRID_LEADER, FIRST_GRID)),
			Map.entry("gridleader2", RoleAtPlace.of(Role.GRID_LEADER, SECOND_GRID)),
			Map.entry("gridworker1", RoleAtPlace.of(Role.GRID_WORKER, FIRST_GRID)),
			Map.entry("gridworker2", RoleAtPlace.of(Role.GRID_WORKER, SECOND_GRID)),
			Map.entry("police1", RoleAtPlace.of(Role.COMMUNITY_POLICE, FIRST_GRID)),
			Map.entry("doctor1", RoleAtPlace.of(Role.COMMUNITY_DOCTOR, FIRST_GRID)),
			Map.entry("inspector1", RoleAtPlace.of(Role.INSPECTOR, FIRST_GRID)),
			Map.entry("buildinghead1", RoleAtPlace.of(Role.BUILDING_HEAD, FIRST_GRID)),
			Map.entry("station1", RoleAtPlace.of(Role.COMMUNITY_STATION, FIRST_COMMUNITY)),
			Map.entry("street1", RoleAtPlace.of(Role.STREET_CENTER, FIRST_STREET)),
			Map.entry("district1", RoleAtPlace.of(Role.DISTRICT_CENTER, DISTRICT_CODE)),
			Map.entry("mediator1", RoleAtPlace.of(Role.MEDIATOR, FIRST_COMMUNITY)),
			Map.entry("officerum1", RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "URBAN_MANAGEMENT", FIRST_COMMUNITY)),
			Map.entry("officerws1", RoleAtPlace.of(Role.DEPARTMENT_OFFICER, "WORK_SAFETY", FIRST_STREET)),
			Map.entry("headum", RoleAtPlace.of(Role.DEPARTMENT_HEAD, "URBAN_MANAGEMENT", DISTRICT_CODE)),
			Map.entry("auditor1", RoleAtPlace.of(Role.AUDITOR, DISTRICT_CODE)),
			Map.entry("orgadmin", RoleAtPlace.of(Role.ADMIN, DISTRICT_CODE)));

	static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

	private static final String[] STREETS = { "北下街街道", "西大街街道", "南关街道", "城东路街道", "东大街街道", "二里岗街道",
			"陇海马路街道", "紫荆山南路街道", "航海东路街道", "金岱街道", "十八里河街道", "商都路街道" };

	private static final String[] COMMUNITY_STEMS = { "顺河", "书院", "管城", "清真寺", "回民", "熊耳河", "南顺城", "东里",
			"西里", "城南", "银莺", "凤凰台", "货栈", "紫荆", "建新", "燕庄", "塔湾", "港湾", "冯庄", "五里堡", "陇海", "南曹",
			"机务段", "东明", "东站", "红旗", "城北", "工人", "振兴", "二里岗", "西关", "宇通", "青年", "平等", "友爱", "民主",
			"和平", "长江", "淮河", "黄河", "汝河", "嵩山", "商城", "文庙", "夕阳楼", "城隍庙", "北大", "南大", "东大", "西大",
			"金岱", "小刘", "大刘", "十八里", "宋庄", "张魏", "小李", "申庄", "河西", "郑州东", "圃田", "七里河", "帝湖",
			"未来", "祥和", "福园", "康宁", "永安", "惠民", "兴隆", "丰庆", "瑞祥", "盛世", "金水", "滨河", "花园", "农业",
			"健康", "幸福", "光明", "建设", "人民", "解放", "胜利", "新华", "朝阳", "文化", "经纬", "东风", "向阳", "新村",
			"锦绣", "安居" };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文玉兰红志新春海燕琳鹏飞宇晨阳雪梅佳慧斌浩亮婷宁";

	/** code, Chinese name, officers sent down, whether they go to communities (else streets). */
	private static final Object[][] DEPARTMENTS = { { "URBAN_MANAGEMENT", "城市管理局", 300, true },
			{ "POLICE", "公安分局", 150, true }, { "MARKET_REGULATION", "市场监督管理局", 100, false },
			{ "HOUSING_CONSTRUCTION", "住房和城乡建设局", 80, false }, { "WORK_SAFETY", "应急管理局（安全生产）", 60, false },
			{ "ENVIRONMENT", "生态环境分局", 50, false }, { "TRAFFIC_POLICE", "交警大队", 50, false },
			{ "FIRE", "消防救援大队", 40, false }, { "HEALTH", "卫生健康委员会", 40, false },
			{ "LABOUR", "人力资源和社会保障局", 30, false }, { "JUSTICE", "司法局（人民调解）", 30, false },
			{ "NATURAL_RESOURCES", "自然资源分局", 10, false }, { "CIVIL_AFFAIRS", "民政局", 5, false },
			{ "PETITIONS", "信访局", 5, false } };

	private static final double WEST = 113.660;

	private static final double SOUTH = 34.660;

	private static final double EAST = 113.800;

	private static final double NORTH = 34.780;

	private final Random random = new Random(410104);

	private final List<GridRow> grids = new ArrayList<>();

	private final List<DepartmentRow> departments = new ArrayList<>();

	private final List<PersonRow> people = new ArrayList<>();

	private final List<AssignmentRow> assignments = new ArrayList<>();

	private final Map<RoleAtPlace, String> demoSlots = new java.util.HashMap<>();

	private int nextPerson = 1;

	private DemoDistrict() {
		DEMO_LOGINS.forEach((username, slot) -> this.demoSlots.put(slot, username));
	}

	/** The whole district as import rows. */
	public static OrganisationRows rows() {
		return new DemoDistrict().generate();
	}

	private OrganisationRows generate() {
		grid(DISTRICT_CODE, "管城回族区", null, WEST, SOUTH, EAST, NORTH);
		staff(Role.DISTRICT_CENTER, null, DISTRICT_CODE, 4);
		staff(Role.AUDITOR, null, DISTRICT_CODE, 2);
		staff(Role.ADMIN, null, DISTRICT_CODE, 1);
		List<String> communities = new ArrayList<>();
		List<String> streets = new ArrayList<>();
		int community = 0;
		int grid = 0;
		for (int s = 0; s < STREETS.length; s++) {
			String streetCode = DISTRICT_CODE + "%03d".formatted(s + 1);
			double[] street = cell(WEST, SOUTH, EAST, NORTH, 4, 3, s % 4, s / 4);
			grid(streetCode, STREETS[s], DISTRICT_CODE, street[0], street[1], street[2], street[3]);
			streets.add(streetCode);
			staff(Role.STREET_CENTER, null, streetCode, 3);
			int communityCount = s < 9 ? 8 : 7;
			for (int c = 0; c < communityCount; c++, community++) {
				String communityCode = streetCode + "%03d".formatted(c + 1);
				double[] area = cell(street[0], street[1], street[2], street[3], communityCount, 1, c, 0);
				grid(communityCode, COMMUNITY_STEMS[community] + "社区", streetCode, area[0], area[1], area[2], area[3]);
				communities.add(communityCode);
				staff(Role.COMMUNITY_STATION, null, communityCode, 2);
				staff(Role.MEDIATOR, null, communityCode, 1);
				String police = person(RoleAtPlace.of(Role.COMMUNITY_POLICE, communityCode + "001"));
				String doctor = person(RoleAtPlace.of(Role.COMMUNITY_DOCTOR, communityCode + "001"));
				String inspector = person(RoleAtPlace.of(Role.INSPECTOR, communityCode + "001"));
				int gridCount = community < 73 ? 5 : 4;
				for (int g = 0; g < gridCount; g++, grid++) {
					String gridCode = communityCode + "%03d".formatted(g + 1);
					double[] cell = cell(area[0], area[1], area[2], area[3], 1, gridCount, 0, g);
					grid(gridCode, COMMUNITY_STEMS[community] + "社区第" + (g + 1) + "网格", communityCode, cell[0], cell[1],
							cell[2], cell[3]);
					staff(Role.GRID_LEADER, null, gridCode, 1);
					staff(Role.GRID_WORKER, null, gridCode, 1);
					assign(police, RoleAtPlace.of(Role.COMMUNITY_POLICE, gridCode));
					assign(doctor, RoleAtPlace.of(Role.COMMUNITY_DOCTOR, gridCode));
					assign(inspector, RoleAtPlace.of(Role.INSPECTOR, gridCode));
					staff(Role.BUILDING_HEAD, null, gridCode, 1);
					staff(Role.VOLUNTEER, null, gridCode, 1 + this.random.nextInt(3));
				}
			}
		}
		for (Object[] department : DEPARTMENTS) {
			String code = (String) department[0];
			this.departments.add(new DepartmentRow(source("departments"), code, (String) department[1]));
			staff(Role.DEPARTMENT_HEAD, code, DISTRICT_CODE, 1);
			List<String> places = (Boolean) department[3] ? communities : streets;
			int officers = (Integer) department[2];
			for (int i = 0; i < officers; i++) {
				staff(Role.DEPARTMENT_OFFICER, code, places.get(i % places.size()), 1);
			}
		}
		return new OrganisationRows(this.grids, this.departments, this.people, this.assignments);
	}

	private void grid(String code, String name, String parentCode, double west, double south, double east,
			double north) {
		String boundary = String.format(Locale.ROOT,
				"{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f]]]}",
				west, south, east, south, east, north, west, north, west, south);
		this.grids.add(new GridRow(source("grids"), code, name, parentCode, boundary, round((west + east) / 2),
				round((south + north) / 2)));
	}

	private void staff(Role role, String department, String placeCode, int count) {
		for (int i = 0; i < count; i++) {
			RoleAtPlace slot = new RoleAtPlace(role, department, placeCode);
			assign(person(slot), slot);
		}
	}

	private String person(RoleAtPlace slot) {
		String username = this.demoSlots.remove(slot);
		if (username == null) {
			username = "p%05d".formatted(this.nextPerson++);
		}
		String name = "" + SURNAMES.charAt(this.random.nextInt(SURNAMES.length()))
				+ GIVEN.charAt(this.random.nextInt(GIVEN.length()))
				+ (this.random.nextBoolean() ? String.valueOf(GIVEN.charAt(this.random.nextInt(GIVEN.length()))) : "");
		String phone = "13%09d".formatted(this.random.nextInt(1_000_000_000));
		this.people.add(new PersonRow(source("people"), username, name, phone, null, null));
		return username;
	}

	private void assign(String username, RoleAtPlace slot) {
		this.assignments.add(new AssignmentRow(source("assignments"), username, slot.role().name(), slot.placeCode(),
				slot.departmentCode(), SINCE, null));
	}

	private Source source(String kind) {
		int line = switch (kind) {
			case "grids" -> this.grids.size();
			case "departments" -> this.departments.size();
			case "people" -> this.people.size();
			default -> this.assignments.size();
		};
		return new Source("demo-district:" + kind, line + 1);
	}

	/** Cell (column, row) of a rectangle cut into columns × rows. */
	private static double[] cell(double west, double south, double east, double north, int columns, int rows,
			int column, int row) {
		double width = (east - west) / columns;
		double height = (north - south) / rows;
		return new double[] { round(west + column * width), round(south + row * height),
				round(west + (column + 1) * width), round(south + (row + 1) * height) };
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000) / 1_000_000.0;
	}

}
