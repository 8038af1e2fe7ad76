package org.gridcase.notify;

/**
 * How a message travels. Group robots post into a chat group others read: a public channel.
 */
public enum NotificationChannel {

	SMS("短信", TemplateFormat.TEXT, false), EMAIL("电子邮件", TemplateFormat.MAIL, false),
	WECOM("企业微信群机器人", TemplateFormat.TEXT, true), DINGTALK("钉钉群机器人", TemplateFormat.TEXT, true);

	private final String label;

	private final TemplateFormat format;

	private final boolean publicGroup;

	NotificationChannel(String label, TemplateFormat format, boolean publicGroup) {
		this.label = label;
		this.format = format;
		this.publicGroup = publicGroup;
	}

	public String label() {
		return this.label;
	}

	TemplateFormat format() {
		return this.format;
	}

	/** Whether people other than the recipient read what is sent (a chat group). */
	boolean isPublicGroup() {
		return this.publicGroup;
	}

}
