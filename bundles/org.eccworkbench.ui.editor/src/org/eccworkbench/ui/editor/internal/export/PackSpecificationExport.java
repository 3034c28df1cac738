package org.eccworkbench.ui.editor.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.XmiFiles;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * Writes a {@link PackSpecification}: an A4 PDF (the drawing, the bill of materials, the tube
 * segments, the parts to specify, the total prime) in the standard Helvetica fonts, and the bill
 * of materials as CSV (RFC 4180, UTF-8, one row per product or tubing size).
 */
public final class PackSpecificationExport {

	static final String CSV_HEADER = "reference,name,manufacturer,quantity,unit"; //$NON-NLS-1$

	private PackSpecificationExport() {
	}

	/** The bill of materials as CSV text. */
	public static String csv(PackSpecification spec) {
		StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n"); //$NON-NLS-1$
		for (PackSpecification.BomLine line : spec.bom()) {
			out.append(String.join(",", List.of(cell(line.reference()), cell(line.name()), cell(line.manufacturer()), //$NON-NLS-1$
					cell(line.quantity()), cell(line.unit())))).append("\r\n"); //$NON-NLS-1$
		}
		return out.toString();
	}

	private static String cell(String value) {
		return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				? '"' + value.replace("\"", "\"\"") + '"' : value; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes {@code pdf} and, beside it, the CSV {@code csv}, each atomically. */
	public static void write(Circuit circuit, PackSpecification spec, Path pdf, Path csv) throws IOException {
		XmiFiles.writeAtomically(pdf, pdf(circuit, spec));
		XmiFiles.writeAtomically(csv, csv(spec).getBytes(StandardCharsets.UTF_8));
	}

	/** The CSV that goes with {@code pdf}: the same name ending in {@code -bom.csv}. */
	public static Path csvBeside(Path pdf) {
		String name = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return pdf.resolveSibling(name + "-bom.csv"); //$NON-NLS-1$
	}

	/** The PDF document; the drawing is rendered on the current display. */
	public static byte[] pdf(Circuit circuit, PackSpecification spec) throws IOException {
		try (Pages pages = new Pages()) {
			pages.heading(NLS.bind(Messages.Pack_title, spec.circuitName()));
			if (circuit.getDescription() != null && !circuit.getDescription().isBlank()) {
				pages.line(circuit.getDescription());
			}
			pages.image(png(circuit));
			pages.heading(Messages.Pack_bomHeading);
			pages.table(List.of(Messages.Pack_columnReference, Messages.Pack_columnName, Messages.Pack_columnManufacturer,
					Messages.Pack_columnQuantity, Messages.Pack_columnUnit),
					spec.bom().stream().map(l -> List.of(l.reference(), l.name(), l.manufacturer(), l.quantity(), l.unit()))
							.toList(),
					new float[] { 0, 190, 390, 450, 490 });
			pages.heading(Messages.Pack_segmentsHeading);
			List<List<String>> rows = new ArrayList<>();
			for (PackSpecification.Segment segment : spec.segments()) {
				rows.add(List.of(segment.id(), segment.name(), segment.role(), PackSpecification.inches(segment.internalDiameterInch()),
						PackSpecification.metres(segment.lengthM()),
						segment.primeMl().isPresent() ? String.format(Locale.ROOT, "%.0f", segment.primeMl().getAsDouble()) //$NON-NLS-1$
								: Messages.Figures_unknown));
			}
			pages.table(List.of(Messages.Pack_columnSegment, Messages.Pack_columnName, Messages.Pack_columnRole,
					Messages.Pack_columnDiameter, Messages.Pack_columnLength, Messages.Pack_columnPrime), rows,
					new float[] { 0, 110, 300, 370, 430, 475 });
			if (!spec.unspecified().isEmpty()) {
				pages.heading(Messages.Pack_unspecifiedHeading);
				for (String part : spec.unspecified()) {
					pages.line(part);
				}
			}
			pages.heading(spec.primeText());
			pages.line(Messages.Pack_note);
			return pages.toBytes();
		}
	}

	private static byte[] png(Circuit circuit) {
		ImageLoader loader = new ImageLoader();
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		ImageData[] data = new ImageData[1];
		display.syncExec(() -> data[0] = PngExport.image(display, circuit));
		loader.data = data;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_PNG);
		return out.toByteArray();
	}

	/** A4 pages of headings, lines, one image and tables, top to bottom. */
	private static final class Pages implements AutoCloseable {

		private static final float MARGIN = 40;
		private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
		private static final float LEADING = 11;
		private static final float SIZE = 8.5f;

		private final PDDocument document = new PDDocument();
		private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		private PDPageContentStream stream;
		private float y;

		private void newPage() throws IOException {
			closeStream();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = page.getMediaBox().getHeight() - MARGIN;
		}

		private void room(float height) throws IOException {
			if (stream == null || y - height < MARGIN) {
				newPage();
			}
		}

		void heading(String text) throws IOException {
			room(3 * LEADING);
			y -= LEADING / 2;
			show(bold, 12, MARGIN, text);
			y -= LEADING * 1.5f;
		}

		void line(String text) throws IOException {
			for (String part : wrap(regular, text, WIDTH)) {
				room(LEADING);
				show(regular, SIZE, MARGIN, part);
				y -= LEADING;
			}
		}

		void image(byte[] png) throws IOException {
			PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "drawing"); //$NON-NLS-1$
			float scale = Math.min(1, Math.min(WIDTH / image.getWidth(), 380f / image.getHeight()));
			float width = image.getWidth() * scale;
			float height = image.getHeight() * scale;
			room(height + LEADING);
			stream.drawImage(image, MARGIN, y - height, width, height);
			y -= height + LEADING;
		}

		void table(List<String> header, List<List<String>> rows, float[] columns) throws IOException {
			row(bold, header, columns);
			for (List<String> row : rows) {
				row(regular, row, columns);
			}
			y -= LEADING / 2;
		}

		private void row(PDType1Font font, List<String> cells, float[] columns) throws IOException {
			room(LEADING);
			for (int i = 0; i < cells.size() && i < columns.length; i++) {
				float width = (i + 1 < columns.length ? columns[i + 1] : WIDTH) - columns[i] - 4;
				show(font, SIZE, MARGIN + columns[i], fit(font, cells.get(i), width));
			}
			y -= LEADING;
		}

		private static String fit(PDType1Font font, String text, float width) throws IOException {
			String safe = winAnsi(text);
			if (font.getStringWidth(safe) / 1000 * SIZE <= width) {
				return safe;
			}
			while (safe.length() > 1 && font.getStringWidth(safe + "...") / 1000 * SIZE > width) { //$NON-NLS-1$
				safe = safe.substring(0, safe.length() - 1);
			}
			return safe + "..."; //$NON-NLS-1$
		}

		private static List<String> wrap(PDType1Font font, String text, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : winAnsi(text).split(" ")) { //$NON-NLS-1$
				String candidate = current.isEmpty() ? word : current + " " + word; //$NON-NLS-1$
				if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				} else {
					current = new StringBuilder(candidate);
				}
			}
			lines.add(current.toString());
			return lines;
		}

		private void show(PDType1Font font, float size, float x, String text) throws IOException {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, y);
			stream.showText(winAnsi(text));
			stream.endText();
		}

		/** What the standard fonts encode: the multiplication sign and Latin-1 stay, others become '?'. */
		static String winAnsi(String text) {
			StringBuilder out = new StringBuilder(text.length());
			for (char c : text.toCharArray()) {
				out.append((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) ? c : c == '\u2026' ? '.' : '?');
			}
			return out.toString();
		}

		byte[] toBytes() throws IOException {
			if (stream == null) {
				newPage();
			}
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
}
