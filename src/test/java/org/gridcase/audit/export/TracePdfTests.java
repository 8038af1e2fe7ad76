package org.gridcase.audit.export;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gridcase.audit.AuditVerification;
import org.gridcase.cases.TimelineEntry.FormValue;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of a trace reads back as the Chinese it was made from: ideographs that the font draws
 * like radicals (生, 页, 网) are extracted as themselves, and the page numbers are there.
 */
class TracePdfTests {

	@Test
	void chineseTextReadsBackAsWrittenWithPageNumbers() throws Exception {
		byte[] pdf = new TracePdf(templates()).render(trace(60));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("案件追溯材料（责任倒查）", "生成人", "所在网格", "网格内处置", "处置情况：已督促清理",
					"王建国（gridleader1）", "网格长 · 顺河社区第1网格", "第 1 页，共 " + document.getNumberOfPages() + " 页",
					"案件编号 20261122-004711");
			assertThat(text).doesNotContain("⽣", "⻚", "⽹");
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
			BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 80);
			ImageIO.write(first, "png", new File(screenshots.toFile(), "trace-pdf-page1.png"));
		}
	}

	static SpringTemplateEngine templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	static CaseTrace trace(int events) {
		CaseTrace.Summary summary = new CaseTrace.Summary("2af8364a-7bb8-4fe8-bf95-7640f58cfcdf", "20261122-004711",
				"环境卫生", "暴露垃圾: 单元门口堆放装修垃圾", "金水路 12 号院 3 号楼", "410104001001001",
				"管城回族区 / 北下街街道 / 顺河社区 / 顺河社区第1网格", "网格巡查", "已结案", "网格", "绿灯", 0, 1, List.of(),
				"2026-11-22 09:00:00", "2026-11-22 17:30:00");
		List<CaseTrace.Event> lines = java.util.stream.IntStream.rangeClosed(1, events)
			.mapToObj(i -> new CaseTrace.Event(i, "2026-11-22 10:00:00", "TASK_COMPLETED", "完成任务", "gridleader1",
					"王建国", "网格长 · 顺河社区第1网格", "完成任务: 网格内处置",
					List.of(new FormValue("handlingResult", "处置情况", "已督促清理", "已督促清理"),
							new FormValue("solvedHere", "本级能否解决", "YES", "是")),
					"2e23d2d38f3d26fa964d840666a61ca39f33b5" + "0".repeat(26)))
			.toList();
		return new CaseTrace(summary, lines, new AuditVerification(true, 1, events, null, null, null), "2026-11-22 18:00:00",
				"郭丽（auditor1）");
	}

}
