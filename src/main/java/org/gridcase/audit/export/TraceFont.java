package org.gridcase.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import org.springframework.core.io.ClassPathResource;

/**
 * The font of trace PDFs: Noto Sans SC (shipped with the build from the npm package
 * {@code @expo-google-fonts/noto-sans-sc}, SIL Open Font License 1.1), every character of its
 * Basic Multilingual Plane except the Kangxi and CJK radicals.
 * <p>
 * Why without the radicals: the font draws a radical and its ideograph with one glyph (⽣ U+2F63
 * and 生 U+751F), and PDFBox's text map of an embedded font (ToUnicode) names each glyph by its
 * lowest character, so copying or searching the PDF would find 生成 as ⽣成. Without them
 * every such glyph maps back to its ideograph.
 */
final class TraceFont {

	static final String FAMILY = "Noto Sans SC";

	private static final String FILE = "fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf";

	private static final int RADICALS_FIRST = 0x2E80;

	private static final int RADICALS_LAST = 0x2FDF;

	private static volatile byte[] bytes;

	private TraceFont() {
	}

	/** The font file (read and cut once, kept in memory: about 10 MB). */
	static byte[] bytes() {
		byte[] read = bytes;
		if (read == null) {
			synchronized (TraceFont.class) {
				read = bytes;
				if (read == null) {
					read = withoutRadicals();
					bytes = read;
				}
			}
		}
		return read;
	}

	private static byte[] withoutRadicals() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream();
				TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
			CmapLookup characters = font.getUnicodeCmapLookup();
			TTFSubsetter subset = new TTFSubsetter(font);
			for (int character = 0x20; character <= 0xFFFF; character++) {
				if ((character < RADICALS_FIRST || character > RADICALS_LAST) && characters.getGlyphId(character) != 0) {
					subset.add(character);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			subset.writeToStream(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
