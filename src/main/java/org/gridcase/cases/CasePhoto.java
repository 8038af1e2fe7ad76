package org.gridcase.cases;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.TimeZone;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

/**
 * An uploaded photo, accepted only if its content is an image the JDK reads (JPEG, PNG, GIF,
 * BMP, TIFF: the format is recognised from the bytes, not from the file name or declared type)
 * of sensible dimensions, no larger than the limit. What is stored is not what was sent: the
 * image is decoded, turned upright by its EXIF orientation and encoded again (JPEG stays JPEG,
 * the rest becomes PNG), so nothing hidden in or after the image (an archive or program
 * appended after the end marker, comments, metadata) is kept. Where and when it was taken (EXIF
 * GPS and original time) is read first and kept as data, for staff only.
 *
 * @param latitude WGS84 latitude where it was taken, or null
 * @param longitude WGS84 longitude where it was taken, or null
 * @param takenAt when it was taken (a time without offset is read in the district's zone), or null
 */
public record CasePhoto(String fileName, String contentType, byte[] content, int width, int height, Double latitude,
		Double longitude, Instant takenAt) {

	/** Largest photo accepted, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Largest image accepted, in pixels (a small file can claim a huge image). */
	static final long MAX_PIXELS = 50_000_000L;

	private static final float JPEG_QUALITY = 0.9f;

	/**
	 * @param field how the photo is named in error reports, e.g. {@code photos[0]}
	 * @throws InvalidInputException if it is too large or no image
	 */
	public static CasePhoto read(String field, String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field, UserTexts.get("photo.empty"));
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(field, UserTexts.get("photo.too-large", String.valueOf(MAX_BYTES / 1024 / 1024)));
		}
		BufferedImage image;
		String format;
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = input == null ? Collections.emptyIterator() : ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidInputException(field, UserTexts.get("photo.not-an-image"));
			}
			ImageReader reader = readers.next();
			try {
				format = reader.getFormatName().toLowerCase(Locale.ROOT);
				reader.setInput(input);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
					throw new InvalidInputException(field, UserTexts.get("photo.bad-dimensions"));
				}
				image = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException(field, UserTexts.get("photo.unreadable"));
		}
		Exif exif = Exif.of(content);
		boolean jpeg = format.equals("jpeg");
		BufferedImage upright = upright(image, exif.orientation(), !jpeg && image.getColorModel().hasAlpha());
		String extension = jpeg ? "jpg" : "png";
		return new CasePhoto(name(fileName, extension), "image/" + (jpeg ? "jpeg" : "png"), encode(upright, jpeg),
				upright.getWidth(), upright.getHeight(), exif.latitude(), exif.longitude(), exif.takenAt());
	}

	/** Drawn afresh in a plain RGB(A) image, turned by the EXIF orientation (1–8). */
	private static BufferedImage upright(BufferedImage image, int orientation, boolean alpha) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> new AffineTransform();
		};
		boolean turned = orientation >= 5 && orientation <= 8;
		BufferedImage upright = new BufferedImage(turned ? h : w, turned ? w : h,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = upright.createGraphics();
		try {
			graphics.drawImage(image, transform, null);
		}
		finally {
			graphics.dispose();
		}
		return upright;
	}

	private static byte[] encode(BufferedImage image, boolean jpeg) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!jpeg) {
				ImageIO.write(image, "png", bytes);
				return bytes.toByteArray();
			}
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
				ImageWriteParam parameters = writer.getDefaultWriteParam();
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
				writer.setOutput(output);
				writer.write(null, new IIOImage(image, null, null), parameters);
			}
			finally {
				writer.dispose();
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Encoding a decoded image in memory failed", ex);
		}
	}

	private static String name(String fileName, String extension) {
		String base = fileName == null || fileName.isBlank() ? "photo"
				: fileName.replaceAll("\\.[^.]*$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
		return (base.length() > 190 ? base.substring(0, 190) : base) + "." + extension;
	}

	/** What the photo's EXIF says; nothing when it has none or it cannot be read. */
	private record Exif(int orientation, Double latitude, Double longitude, Instant takenAt) {

		static Exif of(byte[] content) {
			Metadata metadata;
			try {
				metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
			}
			catch (ImageProcessingException | IOException | RuntimeException ex) {
				return new Exif(1, null, null, null);
			}
			GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
			GeoLocation location = gps == null ? null : gps.getGeoLocation();
			boolean located = location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
					&& Math.abs(location.getLongitude()) <= 180;
			ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
			java.util.Date taken = exif == null ? null
					: exif.getDateOriginal(TimeZone.getTimeZone(District.ZONE));
			return new Exif(orientation(metadata), located ? location.getLatitude() : null,
					located ? location.getLongitude() : null, taken == null ? null : taken.toInstant());
		}

		private static int orientation(Metadata metadata) {
			ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			try {
				return ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION) ? 1
						: ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
			}
			catch (MetadataException ex) {
				return 1;
			}
		}

	}

}
