package org.gridcase.notify;

/**
 * The two shapes of a template: short text (SMS, robot webhooks) and e-mail (subject and body).
 */
public enum TemplateFormat {

	TEXT, MAIL

}
