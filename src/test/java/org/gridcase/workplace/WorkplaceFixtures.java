package org.gridcase.workplace;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.gridcase.grid.DemoDistrict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data of the workplace: cases whose tasks wait in Tasklist.
 */
public final class WorkplaceFixtures {

	private WorkplaceFixtures() {
	}

	/** A fresh case at the grid leader of the demo district's first grid (see {@link CaseAtGridLeader}). */
	public static CaseAtGridLeader caseAtGridLeader(int port) throws Exception {
		return CaseAtGridLeader.open(port);
	}

	/**
	 * A fresh sanitation case (暴露垃圾 at 顺河路1号, two photos) reported by gridworker1, sorted by
	 * the community station and registered by the street center, so that its 网格内处置 task waits
	 * for gridleader1 of the demo district's first grid.
	 */
	public static final class CaseAtGridLeader {

		public static final String ADDRESS = "顺河路1号";

		private final ObjectMapper json = new ObjectMapper();

		private final int port;

		public final String caseId;

		public final String trackingNumber;

		private CaseAtGridLeader(int port, String caseId, String trackingNumber) {
			this.port = port;
			this.caseId = caseId;
			this.trackingNumber = trackingNumber;
		}

		static CaseAtGridLeader open(int port) throws Exception {
			ApiClient worker = ApiClient.as(port, "gridworker1", "demo123");
			HttpResponse<String> filed = worker.postMultipart("/api/reports", Part.json("report",
					"{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"路口东北角暴露垃圾，已堆放两天\","
							+ "\"address\":\"" + ADDRESS + "\",\"gridCode\":\"" + DemoDistrict.FIRST_GRID
							+ "\",\"reporter\":{\"name\":\"张伟\"}}"),
					new Part("photos", "garbage-1.png", "image/png", photo(new Color(200, 60, 40))),
					new Part("photos", "garbage-2.png", "image/png", photo(new Color(40, 120, 200))));
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
			JsonNode receipt = new ObjectMapper().readTree(filed.body());
			CaseAtGridLeader opened = new CaseAtGridLeader(port, receipt.path("caseId").asText(),
					receipt.path("trackingNumber").asText());
			opened.work("station1", Map.of("sortingNote", "属实，已定位"));
			opened.work("street1", Map.of("registerDecision", "REGISTER"));
			return opened;
		}

		/** The case's open task for the user (candidate or assignee), as the engine REST API lists it. */
		public JsonNode taskFor(String username) throws Exception {
			JsonNode tasks = this.json.readTree(ApiClient.as(this.port, username, "demo123")
				.get("/engine-rest/task?candidateUser=" + username + "&processInstanceBusinessKey=" + this.trackingNumber
						+ "&includeAssignedTasks=true")
				.body());
			assertThat(tasks).as("open tasks of %s for %s", this.trackingNumber, username).hasSize(1);
			return tasks.get(0);
		}

		private void work(String username, Map<String, String> variables) throws Exception {
			ApiClient user = ApiClient.as(this.port, username, "demo123");
			String taskId = taskFor(username).path("id").asText();
			assertThat(user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}").statusCode())
				.isEqualTo(204);
			StringBuilder body = new StringBuilder("{\"variables\":{");
			variables.forEach((name, value) -> body.append('"').append(name).append("\":{\"value\":\"").append(value)
				.append("\",\"type\":\"String\"},"));
			body.setLength(body.length() - 1);
			body.append("}}");
			HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete", body.toString());
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		}

		private static byte[] photo(Color color) {
			BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = image.createGraphics();
			graphics.setColor(color);
			graphics.fillRect(0, 0, 320, 240);
			graphics.setColor(Color.WHITE);
			graphics.fillOval(110, 70, 100, 100);
			graphics.dispose();
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			try {
				ImageIO.write(image, "png", png);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return png.toByteArray();
		}

	}

}
