package org.gridcase.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReportPhotoTests {

	private static final String REPORT = """
			{"channel":"PATROL","subcategory":"06-01","description":"井盖缺失，存在安全隐患","gridCode":"%s",
			 "reporter":{"name":"王建国"}}""".formatted(DemoDistrict.SECOND_GRID);

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void photosOfAReportAreStoredWithTheCaseAndServedOnlyToThoseWhoSeeIt() throws Exception {
		byte[] png = png();
		HttpResponse<String> submitted = multipart("gridworker2", List.of(part("report", null, "application/json",
				REPORT.getBytes(StandardCharsets.UTF_8)), part("photos", "现场.png", "image/png", png)));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String caseId = this.json.readTree(submitted.body()).path("caseId").asText();

		HttpResponse<String> list = user("gridleader2").get("/api/cases/" + caseId + "/attachments");
		JsonNode photos = this.json.readTree(list.body());
		assertThat(photos).hasSize(1);
		assertThat(photos.get(0).path("step").asText()).isEqualTo("REPORT");
		assertThat(photos.get(0).path("contentType").asText()).isEqualTo("image/png");
		assertThat(photos.get(0).path("width").asInt()).isEqualTo(40);

		String url = photos.get(0).path("url").asText();
		HttpResponse<byte[]> content = user("gridleader2").send(user("gridleader2").request(url).GET(),
				BodyHandlers.ofByteArray());
		assertThat(content.statusCode()).isEqualTo(200);
		assertThat(content.body()).isEqualTo(png);
		assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(user("gridleader1").get(url).statusCode()).isEqualTo(404);
		assertThat(ApiClient.anonymous(this.port).get(url).statusCode()).isEqualTo(401);
	}

	@Test
	void filesThatAreNoImagesOrTooLargeAreRefusedAndNothingIsOpened() throws Exception {
		HttpResponse<String> notAnImage = multipart("gridworker2", List.of(part("report", null, "application/json",
				REPORT.getBytes(StandardCharsets.UTF_8)), part("photos", "photo.jpg", "image/jpeg",
						"this is a text file".getBytes(StandardCharsets.UTF_8))));
		byte[] tooLarge = new byte[6 * 1024 * 1024];
		byte[] png = png();
		System.arraycopy(png, 0, tooLarge, 0, png.length);
		HttpResponse<String> oversized = multipart("gridworker2", List.of(part("report", null, "application/json",
				REPORT.getBytes(StandardCharsets.UTF_8)), part("photos", "a.png", "image/png", png),
				part("photos", "big.png", "image/png", tooLarge)));

		assertThat(notAnImage.statusCode()).isEqualTo(400);
		assertThat(notAnImage.body()).contains("\"field\":\"photos[0]\"");
		assertThat(oversized.statusCode()).isEqualTo(400);
		assertThat(oversized.body()).contains("\"field\":\"photos[1]\"");
	}

	@Test
	void staffAddAfterPhotosToTheCase() throws Exception {
		HttpResponse<String> submitted = user("gridworker2").postJson("/api/reports", REPORT);
		String caseId = this.json.readTree(submitted.body()).path("caseId").asText();

		HttpResponse<String> added = multipart("gridworker2", "/api/cases/" + caseId + "/attachments",
				List.of(part("photos", "after.png", "image/png", png())));

		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		assertThat(this.json.readTree(user("station1").get("/api/cases/" + caseId + "/attachments").body())).hasSize(1);
	}

	private HttpResponse<String> multipart(String username, List<Part> parts) {
		return multipart(username, "/api/reports", parts);
	}

	private HttpResponse<String> multipart(String username, String path, List<Part> parts) {
		return user(username).postMultipart(path, parts.toArray(Part[]::new));
	}

	private static Part part(String name, String fileName, String contentType, byte[] content) {
		return new Part(name, fileName, contentType, content);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private ApiClient user(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

}
