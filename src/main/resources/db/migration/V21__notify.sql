-- Reporters may leave an e-mail address as well as a phone number: they hear back through either.
alter table report add column reporter_email varchar(254);

-- Message templates (Mustache, named variables only), one per kind and channel family:
-- TEXT for SMS and robot webhooks, MAIL for e-mail (subject + body). Administrators change them.
create table notification_template (
    kind        varchar(32)   not null,
    format      varchar(8)    not null,
    subject     varchar(200),
    body        varchar(2000) not null,
    updated_by  varchar(64),
    updated_at  timestamptz,
    version     bigint        not null default 0,
    primary key (kind, format)
);

insert into notification_template (kind, format, subject, body) values
('CASE_REGISTERED', 'TEXT', null, '【网格化管理】您反映的问题（受理号{{trackingNumber}}）已立案，我们将尽快处理。'),
('CASE_REGISTERED', 'MAIL', '您反映的问题已立案（{{trackingNumber}}）', '{{reporterName}}您好：' || chr(10) || chr(10) || '您反映的“{{issueTypeLabel}}”问题（受理号 {{trackingNumber}}）已立案，我们将在时限内处理，处理结果会再通知您。' || chr(10) || chr(10) || '网格化管理服务中心'),
('CASE_REJECTED', 'TEXT', null, '【网格化管理】您反映的问题（受理号{{trackingNumber}}）未予立案，原因：{{rejectionReasonLabel}}。如有疑问请致电12345。'),
('CASE_REJECTED', 'MAIL', '您反映的问题未予立案（{{trackingNumber}}）', '{{reporterName}}您好：' || chr(10) || chr(10) || '您反映的问题（受理号 {{trackingNumber}}）经审核未予立案，原因：{{rejectionReasonLabel}}。' || chr(10) || '如有疑问，请致电12345政务服务便民热线。' || chr(10) || chr(10) || '网格化管理服务中心'),
('CASE_HANDLED', 'TEXT', null, '【网格化管理】您反映的问题（受理号{{trackingNumber}}）已处理完毕并经核查。请对处理结果进行评价：{{visitLink}}'),
('CASE_HANDLED', 'MAIL', '您反映的问题已处理，请评价（{{trackingNumber}}）', '{{reporterName}}您好：' || chr(10) || chr(10) || '您反映的“{{issueTypeLabel}}”问题（受理号 {{trackingNumber}}）已处理完毕并经现场核查。' || chr(10) || '请点击以下链接对处理结果进行满意度评价（无需登录，{{visitLinkValidDays}}天内有效，仅可评价一次）：' || chr(10) || '{{visitLink}}' || chr(10) || chr(10) || '网格化管理服务中心'),
('CASE_CLOSED', 'TEXT', null, '【网格化管理】您反映的问题（受理号{{trackingNumber}}）已办结，感谢您的支持。'),
('CASE_CLOSED', 'MAIL', '您反映的问题已办结（{{trackingNumber}}）', '{{reporterName}}您好：' || chr(10) || chr(10) || '您反映的问题（受理号 {{trackingNumber}}）已办结。感谢您对网格化管理工作的支持。' || chr(10) || chr(10) || '网格化管理服务中心'),
('TASK_CREATED', 'TEXT', null, '【新任务】{{taskName}}：案件{{trackingNumber}}（{{issueTypeLabel}}，网格{{gridCode}}），办理时限{{deadline}}。'),
('TASK_CREATED', 'MAIL', '新任务：{{taskName}}（{{trackingNumber}}）', '{{recipientName}}您好：' || chr(10) || chr(10) || '您有一项新任务“{{taskName}}”：案件 {{trackingNumber}}（{{issueTypeLabel}}，网格 {{gridCode}}），请于 {{deadline}} 前办理。'),
('LIGHT_YELLOW', 'TEXT', null, '【黄灯预警】案件{{trackingNumber}}（{{issueTypeLabel}}，网格{{gridCode}}）临近时限{{deadline}}，请抓紧办理。'),
('LIGHT_YELLOW', 'MAIL', '黄灯预警：案件{{trackingNumber}}临近时限', '{{recipientName}}您好：' || chr(10) || chr(10) || '案件 {{trackingNumber}}（{{issueTypeLabel}}，网格 {{gridCode}}）已亮黄灯，办理时限 {{deadline}}，请抓紧办理。'),
('LIGHT_RED', 'TEXT', null, '【红灯督办】案件{{trackingNumber}}（{{issueTypeLabel}}，网格{{gridCode}}）已超过时限{{deadline}}，请立即办理。'),
('LIGHT_RED', 'MAIL', '红灯督办：案件{{trackingNumber}}已超时', '{{recipientName}}您好：' || chr(10) || chr(10) || '案件 {{trackingNumber}}（{{issueTypeLabel}}，网格 {{gridCode}}）已亮红灯，时限 {{deadline}} 已过，请立即办理。'),
('CASE_ESCALATED', 'TEXT', null, '【案件升级】案件{{trackingNumber}}（{{issueTypeLabel}}，网格{{gridCode}}）由{{fromLevelLabel}}升级至{{toLevelLabel}}，请及时办理，时限{{deadline}}。'),
('CASE_ESCALATED', 'MAIL', '案件升级：{{trackingNumber}}', '{{recipientName}}您好：' || chr(10) || chr(10) || '案件 {{trackingNumber}}（{{issueTypeLabel}}，网格 {{gridCode}}）由{{fromLevelLabel}}升级至{{toLevelLabel}}，请及时办理，时限 {{deadline}}。'),
('WARNING_RAISED', 'TEXT', null, '【{{warningLevel}}预警】{{placeName}}：{{warningTitle}}'),
('WARNING_RAISED', 'MAIL', '{{warningLevel}}预警：{{placeName}}', '{{recipientName}}您好：' || chr(10) || chr(10) || '{{placeName}}发布{{warningLevel}}预警：{{warningTitle}}' || chr(10) || '{{warningText}}');

-- How each member of staff wants to be told: channels (comma-separated SMS, EMAIL, WECOM,
-- DINGTALK), their group robot webhook, and quiet hours (local time; may span midnight).
create table notification_preference (
    username        varchar(64)  primary key,
    channels        varchar(64)  not null,
    wecom_webhook   varchar(500),
    dingtalk_webhook varchar(500),
    dingtalk_secret varchar(200),
    quiet_start     time,
    quiet_end       time,
    updated_by      varchar(64)  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

-- Every message to send, kept: the sending job carries its id, the gateway receives it as the
-- idempotency key, and sent_at guards against a second send.
create table notification (
    id              uuid          primary key,
    dedupe_key      varchar(200)  not null,
    kind            varchar(32)   not null,
    channel         varchar(16)   not null,
    recipient       varchar(64),
    address         varchar(500)  not null,
    subject         varchar(200),
    body            varchar(4000) not null,
    case_id         uuid,
    emergency       boolean       not null,
    created_at      timestamptz   not null,
    due_at          timestamptz   not null,
    sent_at         timestamptz,
    constraint notification_dedupe_uk unique (dedupe_key)
);
create index notification_case_idx on notification (case_id);

-- One-time links for the reporter's satisfaction visit (回访): only the SHA-256 of the token is kept.
create table satisfaction_token (
    token_hash      varchar(64)  primary key,
    case_id         uuid         not null,
    report_id       uuid         not null,
    tracking_number varchar(20)  not null,
    created_at      timestamptz  not null,
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    satisfaction    varchar(32),
    comment         varchar(500),
    constraint satisfaction_token_report_uk unique (report_id)
);
