package org.eccworkbench.kit.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 document of headings, text lines and tables, written with Apache PDFBox in the
 * standard Helvetica fonts (WinAnsi: characters outside it are replaced by '?').
 */
final class PdfDocument implements AutoCloseable {

	private static final float MARGIN = 40;
	private static final float LEADING = 11;
	private static final float SIZE = 8.5f;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private PDPageContentStream stream;
	private float y;

	void newPage() throws IOException {
		closeStream();
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = page.getMediaBox().getHeight() - MARGIN;
	}

	void heading(String text) throws IOException {
		ensure(3 * LEADING);
		y -= LEADING / 2;
		write(bold, 12, MARGIN, text);
		y -= LEADING * 1.5f;
	}

	void line(String text) throws IOException {
		for (String part : wrap(text, 120)) {
			ensure(LEADING);
			write(regular, SIZE, MARGIN, part);
			y -= LEADING;
		}
	}

	/** A table: each column starts at the given x offset; cells are cut to fit their column. */
	void table(List<String> header, List<List<String>> rows, float[] columns) throws IOException {
		row(bold, header, columns);
		for (List<String> row : rows) {
			row(regular, row, columns);
		}
		y -= LEADING / 2;
	}

	private void row(PDType1Font font, List<String> cells, float[] columns) throws IOException {
		ensure(LEADING);
		for (int i = 0; i < cells.size() && i < columns.length; i++) {
			float width = (i + 1 < columns.length ? columns[i + 1] : 515) - columns[i] - 4;
			write(font, SIZE, MARGIN + columns[i], cut(font, cells.get(i), width));
		}
		y -= LEADING;
	}

	private String cut(PDType1Font font, String text, float width) throws IOException {
		String safe = safe(text);
		while (!safe.isEmpty() && font.getStringWidth(safe) / 1000 * SIZE > width) {
			safe = safe.substring(0, safe.length() - 1);
		}
		return safe;
	}

	private void ensure(float height) throws IOException {
		if (stream == null || y - height < MARGIN) {
			newPage();
		}
	}

	private void write(PDType1Font font, float size, float x, String text) throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, y);
		stream.showText(safe(text));
		stream.endText();
	}

	/** Keeps what WinAnsi encodes; everything else becomes '?'. */
	static String safe(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) ? c : '?');
		}
		return out.toString();
	}

	private static List<String> wrap(String text, int width) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		String rest = text;
		while (rest.length() > width) {
			int cut = rest.lastIndexOf(' ', width);
			cut = cut <= 0 ? width : cut;
			lines.add(rest.substring(0, cut));
			rest = "    " + rest.substring(cut).strip();
		}
		lines.add(rest);
		return lines;
	}

	byte[] toBytes() throws IOException {
		closeStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private void closeStream() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}

	@Override
	public void close() throws IOException {
		closeStream();
		document.close();
	}
}
