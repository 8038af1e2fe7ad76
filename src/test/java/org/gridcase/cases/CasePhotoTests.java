package org.gridcase.cases;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.gridcase.ApiClient;
import org.gridcase.ApiClient.Part;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class CasePhotoTests {

	private static final String REPORT = """
			{"channel":"PATROL","subcategory":"06-01","description":"井盖缺失，存在安全隐患","gridCode":"%s",
			 "reporter":{"name":"王建国"}}""".formatted(DemoDistrict.SECOND_GRID);

	private static final byte[] PAYLOAD = "PK\u0003\u0004MZ-this-is-an-appended-program".getBytes(StandardCharsets.ISO_8859_1);

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Test
	void whatIsAppendedAfterTheImageIsNotStored() throws Exception {
		byte[] jpeg = jpeg(64, 48);
		byte[] withPayload = new byte[jpeg.length + PAYLOAD.length];
		System.arraycopy(jpeg, 0, withPayload, 0, jpeg.length);
		System.arraycopy(PAYLOAD, 0, withPayload, jpeg.length, PAYLOAD.length);

		JsonNode listed = reportWithPhoto("现场.jpg", withPayload);
		byte[] stored = content(listed.path("url").asText());

		assertThat(indexOf(stored, PAYLOAD)).isEqualTo(-1);
		assertThat(indexOf(stored, "MZ-this".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(-1);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(decoded.getWidth()).isEqualTo(64);
		assertThat(decoded.getHeight()).isEqualTo(48);
		assertThat(listed.path("contentType").asText()).isEqualTo("image/jpeg");
		assertThat(listed.path("sizeBytes").asInt()).isEqualTo(stored.length);
	}

	@Test
	void whereAndWhenAPhotoWasTakenIsKeptForStaffAndNotStoredInTheFile() throws Exception {
		TiffOutputSet exif = new TiffOutputSet();
		exif.setGpsInDegrees(113.663, 34.673);
		exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:11:20 09:30:00");

		JsonNode listed = reportWithPhoto("gps.jpg", withExif(jpeg(40, 30), exif));

		assertThat(listed.path("takenLat").asDouble()).isCloseTo(34.673, within(1e-6));
		assertThat(listed.path("takenLon").asDouble()).isCloseTo(113.663, within(1e-6));
		assertThat(Instant.parse(listed.path("takenAt").asText())).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
		byte[] stored = content(listed.path("url").asText());
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored)).getDirectoriesOfType(GpsDirectory.class))
			.isEmpty();
	}

	@Test
	void aPhotoIsTurnedUprightByItsExifOrientation() throws Exception {
		TiffOutputSet exif = new TiffOutputSet();
		exif.getOrCreateRootDirectory()
			.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);

		CasePhoto photo = CasePhoto.read("photos[0]", "turned.jpg", withExif(jpeg(40, 30), exif));

		BufferedImage upright = ImageIO.read(new ByteArrayInputStream(photo.content()));
		assertThat(upright.getWidth()).isEqualTo(30);
		assertThat(upright.getHeight()).isEqualTo(40);
		// the red block drawn at the top left of the sensor's image is now top right
		assertThat(new Color(upright.getRGB(25, 4))).satisfies(red -> {
			assertThat(red.getRed()).isGreaterThan(200);
			assertThat(red.getGreen()).isLessThan(60);
		});
		assertThat(new Color(upright.getRGB(4, 4)).getGreen()).isGreaterThan(100);
	}

	private JsonNode reportWithPhoto(String fileName, byte[] photo) throws Exception {
		HttpResponse<String> submitted = staff("gridworker2").postMultipart("/api/reports", Part.json("report", REPORT),
				new Part("photos", fileName, "image/jpeg", photo));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String caseId = this.json.readTree(submitted.body()).path("caseId").asText();
		JsonNode photos = this.json.readTree(staff("gridleader2").get("/api/cases/" + caseId + "/attachments").body());
		assertThat(photos).hasSize(1);
		return photos.get(0);
	}

	private byte[] content(String url) {
		ApiClient leader = staff("gridleader2");
		HttpResponse<byte[]> content = leader.send(leader.request(url).GET(), BodyHandlers.ofByteArray());
		assertThat(content.statusCode()).isEqualTo(200);
		return content.body();
	}

	private ApiClient staff(String username) {
		return ApiClient.as(this.port, username, "demo123");
	}

	/** A grey image with a red block at its top left. */
	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.GRAY);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, 10, 10);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	private static byte[] withExif(byte[] jpeg, TiffOutputSet exif) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
		return out.toByteArray();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
