-- The catalogue of issue types and subcategories reports are filed under (issue 12): data the
-- administrators keep, no longer an enum. Seeded with the 19 subcategories and 10 issue types of
-- before, each routed to the process the IssueTypeProcesses decision chose for its issue type.
create table catalogue_issue_type (
    code             varchar(64)  primary key,
    name             varchar(32)  not null,
    handling_process varchar(255) not null,
    active           boolean      not null,
    version          bigint       not null default 0
);

create table catalogue_subcategory (
    code             varchar(5)   primary key,
    category         varchar(32)  not null,
    name             varchar(32)  not null,
    issue_type       varchar(64)  not null references catalogue_issue_type (code),
    default_severity varchar(16)  not null,
    handling_process varchar(255) not null,
    active           boolean      not null,
    version          bigint       not null default 0
);
create index catalogue_subcategory_name_idx on catalogue_subcategory (name);

insert into catalogue_issue_type (code, name, handling_process, active) values
    ('SANITATION',           '环境卫生', 'GeneralIssueProcess',        true),
    ('PAVEMENT_OCCUPATION',  '占道经营', 'GeneralIssueProcess',        true),
    ('DISPUTE',              '矛盾纠纷', 'DisputeMediationProcess',    true),
    ('ILLEGAL_CONSTRUCTION', '违法建设', 'IllegalConstructionProcess', true),
    ('SAFETY_HAZARD',        '安全隐患', 'SafetyHazardProcess',        true),
    ('FOOD_SAFETY',          '食品安全', 'GeneralIssueProcess',        true),
    ('DUST',                 '扬尘污染', 'GeneralIssueProcess',        true),
    ('PETITION',             '信访稳定', 'GeneralIssueProcess',        true),
    ('AGENCY_SERVICE',       '代办服务', 'GeneralIssueProcess',        true),
    ('PUBLIC_FACILITY',      '公共设施', 'GeneralIssueProcess',        true);

insert into catalogue_subcategory (code, category, name, issue_type, default_severity, handling_process, active)
select s.code, s.category, s.name, s.issue_type, 'GENERAL', t.handling_process, true
from (values
    ('01-01', '市容环境', '暴露垃圾',       'SANITATION'),
    ('01-02', '市容环境', '积存垃圾渣土',   'SANITATION'),
    ('01-03', '市容环境', '道路不洁',       'SANITATION'),
    ('01-04', '市容环境', '施工扬尘',       'DUST'),
    ('02-01', '街面秩序', '无照经营游商',   'PAVEMENT_OCCUPATION'),
    ('02-02', '街面秩序', '店外经营',       'PAVEMENT_OCCUPATION'),
    ('02-03', '街面秩序', '违章停放',       'PAVEMENT_OCCUPATION'),
    ('03-01', '施工管理', '违法建设',       'ILLEGAL_CONSTRUCTION'),
    ('03-02', '施工管理', '无证施工',       'ILLEGAL_CONSTRUCTION'),
    ('04-01', '安全隐患', '消防通道堵塞',   'SAFETY_HAZARD'),
    ('04-02', '安全隐患', '燃气泄漏隐患',   'SAFETY_HAZARD'),
    ('04-03', '安全隐患', '房屋结构安全',   'SAFETY_HAZARD'),
    ('04-09', '安全隐患', '其他安全隐患',   'SAFETY_HAZARD'),
    ('05-01', '矛盾纠纷', '邻里纠纷',       'DISPUTE'),
    ('05-02', '矛盾纠纷', '拖欠农民工工资', 'DISPUTE'),
    ('06-01', '公用设施', '井盖缺失破损',   'PUBLIC_FACILITY'),
    ('06-02', '公用设施', '路灯不亮',       'PUBLIC_FACILITY'),
    ('07-01', '食品安全', '食品安全隐患',   'FOOD_SAFETY'),
    ('08-01', '便民服务', '代办服务',       'AGENCY_SERVICE')
) as s (code, category, name, issue_type)
join catalogue_issue_type t on t.code = s.issue_type;

-- Reports named their subcategory by the enum constant; now by its code, which stays in the
-- catalogue for good (entries are deactivated, never deleted).
update report set subcategory = case subcategory
    when 'EXPOSED_GARBAGE' then '01-01'
    when 'ACCUMULATED_WASTE' then '01-02'
    when 'DIRTY_ROAD' then '01-03'
    when 'CONSTRUCTION_DUST' then '01-04'
    when 'UNLICENSED_VENDOR' then '02-01'
    when 'OUTSIDE_STORE_BUSINESS' then '02-02'
    when 'ILLEGAL_PARKING' then '02-03'
    when 'ILLEGAL_BUILDING' then '03-01'
    when 'UNAUTHORISED_CONSTRUCTION' then '03-02'
    when 'FIRE_EXIT_BLOCKED' then '04-01'
    when 'GAS_LEAK' then '04-02'
    when 'STRUCTURAL_DANGER' then '04-03'
    when 'OTHER_HAZARD' then '04-09'
    when 'NEIGHBOUR_DISPUTE' then '05-01'
    when 'UNPAID_WAGES' then '05-02'
    when 'MANHOLE_COVER' then '06-01'
    when 'STREET_LIGHT' then '06-02'
    when 'FOOD_SAFETY' then '07-01'
    when 'AGENCY_SERVICE' then '08-01'
    else subcategory end;
alter table report add constraint report_subcategory_fk foreign key (subcategory) references catalogue_subcategory (code);
