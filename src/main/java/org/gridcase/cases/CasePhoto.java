package org.gridcase.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.gridcase.shared.InvalidInputException;

/**
 * An uploaded photo, accepted only if its content is an image the JDK reads (JPEG, PNG, GIF,
 * BMP, TIFF: the format is recognised from the bytes and the header parsed) of sensible
 * dimensions, no larger than the limit; the file name and the declared type are not trusted.
 */
public record CasePhoto(String fileName, String contentType, byte[] content, int width, int height) {

	/** Largest photo accepted, in bytes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** Largest image accepted, in pixels (a small file can claim a huge image). */
	static final long MAX_PIXELS = 50_000_000L;

	/**
	 * @param field how the photo is named in error reports, e.g. {@code photos[0]}
	 * @throws InvalidInputException if it is too large or no image
	 */
	public static CasePhoto read(String field, String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field, "文件为空");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException(field, "照片不得超过 " + MAX_BYTES / 1024 / 1024 + " MB");
		}
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator()
					: ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidInputException(field, "不是图片文件");
			}
			ImageReader reader = readers.next();
			String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
			reader.setInput(input);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			reader.dispose();
			if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
				throw new InvalidInputException(field, "图片尺寸无效");
			}
			String name = fileName == null || fileName.isBlank() ? "photo." + format
					: fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_");
			return new CasePhoto(name.length() > 200 ? name.substring(0, 200) : name, "image/" + format, content,
					width, height);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException(field, "不是可读的图片文件");
		}
	}

}
