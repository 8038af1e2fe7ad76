package org.gridcase.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where messages go out ({@code gridcase.notify.*}).
 *
 * @param publicBaseUrl how residents reach this server, e.g. {@code https://wg.example.gov.cn}; the
 * satisfaction link starts with it
 * @param mailFrom sender address of e-mails (the SMTP server itself is {@code spring.mail.*})
 * @param sms the SMS gateway; without a url nobody is told by SMS
 * @param visitLinkValidity how long a satisfaction link stays usable
 * @param retryCycle how often and how far apart a failed send is tried again before it becomes an
 * incident (ISO 8601 repetition, e.g. {@code R5/PT1M})
 * @param webhookHosts the hosts group robot webhooks may point to (the server posts there)
 */
@ConfigurationProperties("gridcase.notify")
public record NotifyProperties(String publicBaseUrl, String mailFrom, Sms sms, Duration visitLinkValidity,
		String retryCycle, java.util.List<String> webhookHosts) {

	public NotifyProperties {
		publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl.replaceAll("/+$", "");
		mailFrom = mailFrom == null ? "gridcase@localhost" : mailFrom;
		sms = sms == null ? new Sms(null, null) : sms;
		visitLinkValidity = visitLinkValidity == null ? Duration.ofDays(7) : visitLinkValidity;
		retryCycle = retryCycle == null ? "R5/PT1M" : retryCycle;
		webhookHosts = webhookHosts == null ? java.util.List.of("qyapi.weixin.qq.com", "oapi.dingtalk.com")
				: java.util.List.copyOf(webhookHosts);
	}

	/**
	 * A generic HTTP SMS gateway: {@code POST url} with {@code Authorization: Bearer token},
	 * {@code Idempotency-Key: <message id>} and the JSON body {@code {"id", "to", "text"}}.
	 */
	public record Sms(String url, String token) {

		boolean isConfigured() {
			return this.url != null && !this.url.isBlank();
		}

	}

}
