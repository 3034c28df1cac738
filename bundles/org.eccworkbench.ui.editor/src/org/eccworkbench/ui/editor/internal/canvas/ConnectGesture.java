package org.eccworkbench.ui.editor.internal.canvas;

import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.HitTest;
import org.eccworkbench.ui.editor.internal.diagram.Painter;
import org.eccworkbench.ui.editor.internal.diagram.PortLayout;
import org.eclipse.swt.graphics.RGB;

/** Dragging a line from one port to another. */
final class ConnectGesture {

	static final double PORT_TOLERANCE = 4;
	private static final RGB FEEDBACK = new RGB(0, 120, 215);

	private final DiagramController controller;
	private Port from;
	private double x;
	private double y;

	ConnectGesture(DiagramController controller) {
		this.controller = controller;
	}

	boolean active() {
		return from != null;
	}

	void start(Port port, double atX, double atY) {
		from = port;
		x = atX;
		y = atY;
	}

	void drag(double atX, double atY) {
		x = atX;
		y = atY;
	}

	void finish(double atX, double atY) {
		Port start = from;
		from = null;
		if (start == null) {
			return;
		}
		Port to = HitTest.portAt(controller.circuit(), atX, atY, PORT_TOLERANCE);
		if (to != null) {
			controller.connect(start, to);
		}
	}

	void cancel() {
		from = null;
	}

	void paint(Painter painter) {
		if (from == null) {
			return;
		}
		PortLayout.Anchor anchor = DiagramGeometry.anchor(from);
		painter.setForeground(FEEDBACK);
		painter.setDashed(true);
		painter.setLineWidth(2);
		painter.line(anchor.x(), anchor.y(), x, y);
		painter.setDashed(false);
	}
}
