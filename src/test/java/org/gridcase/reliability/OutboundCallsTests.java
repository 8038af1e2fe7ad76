package org.gridcase.reliability;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every call that leaves the database (issue 15, point 6), found in the byte code: SMS, e-mail
 * and group-robot webhooks are made only by notify's gateways, and a gateway only ever runs
 * inside the engine job that sends a stored message (retried on the notify retry cycle, then a
 * {@code failedJob} incident). The one other outgoing call is Keycloak's Admin API when an
 * administrator appoints someone under the {@code keycloak} profile: part of that request, which
 * must answer the generated first password (README "Reliability").
 */
class OutboundCallsTests {

	private static final JavaClasses GRIDCASE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gridcase");

	@Test
	void onlyTheNotifyGatewaysAndKeycloakLoginsCallOutOfTheProcess() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("org.gridcase.notify.SmsGateway")
			.and().doNotHaveFullyQualifiedName("org.gridcase.notify.MailGateway")
			.and().doNotHaveFullyQualifiedName("org.gridcase.notify.RobotWebhookGateway")
			.and().doNotHaveFullyQualifiedName("org.gridcase.notify.GatewayHttp")
			.and().doNotHaveFullyQualifiedName("org.gridcase.notify.NotifyConfiguration")
			.and().doNotHaveFullyQualifiedName("org.gridcase.identity.process.KeycloakStaffLogins")
			.should().callMethodWhere(DescribedPredicate.describe("a call out of the process", target -> target.getTarget().getOwner().isAssignableTo("org.springframework.web.client.RestClient")
					|| target.getTarget().getOwner().isAssignableTo("org.springframework.web.client.RestClient$RequestHeadersSpec")
					|| target.getTarget().getOwner().isAssignableTo("org.springframework.web.client.RestTemplate")
					|| target.getTarget().getOwner().isAssignableTo("java.net.http.HttpClient")
					|| target.getTarget().getOwner().isAssignableTo("java.net.URL") && target.getTarget().getName().equals("openConnection")
					|| target.getTarget().getOwner().isAssignableTo("java.net.Socket")
					|| target.getTarget().getOwner().isAssignableTo("org.springframework.mail.MailSender") && target.getTarget().getName().equals("send")))
			.because("calls that leave the database run as engine jobs with retries (notify)")
			.check(GRIDCASE);
	}

	@Test
	void theGatewaysRunOnlyInsideTheSendNotificationJob() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("org.gridcase.notify.process.SendNotificationJobHandler")
			.and().doNotHaveFullyQualifiedName("org.gridcase.notify.NotificationDelivery")
			.should().callMethodWhere(DescribedPredicate.describe("sending a message", target -> target.getTarget().getOwner().getFullName().equals("org.gridcase.notify.NotificationDelivery")
					&& target.getTarget().getName().equals("send")
					|| target.getTarget().getOwner().getFullName().equals("org.gridcase.notify.ChannelGateway")
							&& target.getTarget().getName().equals("send")))
			.because("a message leaves only from its job, which retries and ends in an incident")
			.check(GRIDCASE);
	}

}
