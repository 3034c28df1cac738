package org.eccworkbench.ui.editor;

import java.util.Set;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer;
import org.eccworkbench.ui.editor.internal.diagram.GcPainter;
import org.eclipse.swt.graphics.GC;

/**
 * The circuit editor's drawing of a circuit, for other views: lines coloured by role, the parts'
 * figures, optionally their names, and parts outlined in red. Coordinates are diagram pixels at
 * 100 %; a device point is {@code offset + diagram × zoom}.
 */
public final class CircuitDrawing {

	/** A rectangle in diagram pixels. */
	public record Area(double x, double y, double width, double height) {

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}

		public double centerX() {
			return x + width / 2;
		}
	}

	private CircuitDrawing() {
	}

	/**
	 * Paints {@code circuit} on {@code gc}: diagram point (x, y) at device (offsetX + x × zoom,
	 * offsetY + y × zoom). The parts in {@code outlined} get the editor's red problem outline. The
	 * GC's transform is reset afterwards.
	 */
	public static void paint(GC gc, Circuit circuit, double zoom, double offsetX, double offsetY, boolean names,
			Set<? extends Component> outlined) {
		GcPainter painter = new GcPainter(gc, zoom, offsetX, offsetY);
		try {
			DiagramRenderer.paint(painter, circuit, new DiagramRenderer.Options(null, false, names, Set.of(), outlined));
		} finally {
			painter.dispose();
		}
	}

	/** Where a part's figure is, without its label. */
	public static Area bounds(Component component) {
		return area(DiagramGeometry.bounds(component));
	}

	/** The box around every part (with room for its label) and line; a zero box for an empty circuit. */
	public static Area extent(Circuit circuit) {
		return area(DiagramGeometry.extent(circuit));
	}

	private static Area area(Box box) {
		return new Area(box.x(), box.y(), box.width(), box.height());
	}
}
