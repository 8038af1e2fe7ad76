package org.gridcase.notify;

import org.gridcase.shared.UserTexts;

/**
 * How a message travels. Group robots post into a chat group others read: a public channel.
 */
public enum NotificationChannel {

	SMS(TemplateFormat.TEXT, false), EMAIL(TemplateFormat.MAIL, false), WECOM(TemplateFormat.TEXT, true),
	DINGTALK(TemplateFormat.TEXT, true);

	private final TemplateFormat format;

	private final boolean publicGroup;

	NotificationChannel(TemplateFormat format, boolean publicGroup) {
		this.format = format;
		this.publicGroup = publicGroup;
	}

	public String label() {
		return UserTexts.label(this);
	}

	TemplateFormat format() {
		return this.format;
	}

	/** Whether people other than the recipient read what is sent (a chat group). */
	boolean isPublicGroup() {
		return this.publicGroup;
	}

}
