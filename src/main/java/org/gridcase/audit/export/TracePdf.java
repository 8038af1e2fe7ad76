package org.gridcase.audit.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * A case's trace as PDF: the printable page's template rendered by openhtmltopdf (PDFBox) with
 * {@link TraceFont} embedded (subset to the glyphs used), so it reads the same on any machine.
 */
@Component
class TracePdf {

	static final String TEMPLATE = "audit/trace";

	private final ITemplateEngine templates;

	TracePdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(CaseTrace trace) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("trace", trace);
		context.setVariable("pdf", true);
		String html = this.templates.process(TEMPLATE, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(TraceFont.bytes()), TraceFont.FAMILY);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.withProducer("GridCase");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

}
