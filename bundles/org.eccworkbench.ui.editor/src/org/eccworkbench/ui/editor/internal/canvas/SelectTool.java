package org.eccworkbench.ui.editor.internal.canvas;

import java.util.List;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.commands.CircuitCommands;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.HitTest;
import org.eccworkbench.ui.editor.internal.diagram.Painter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;

/**
 * Click to select (Ctrl toggles, Shift adds), drag a part to move the selection, drag on empty
 * space for a rubber band, drag from a port to connect. In connect mode, dragging a part does not
 * move it.
 */
final class SelectTool implements Tool {

	private static final RGB BAND = new RGB(0, 120, 215);

	private final DiagramController controller;
	private final ConnectGesture connect;
	private final boolean connectMode;
	private double startX;
	private double startY;
	private double x;
	private double y;
	private boolean moving;
	private boolean banding;

	SelectTool(DiagramController controller, boolean connectMode) {
		this.controller = controller;
		this.connectMode = connectMode;
		this.connect = new ConnectGesture(controller);
	}

	@Override
	public void mouseDown(double atX, double atY, int button, int stateMask) {
		if (button == 3) {
			selectForMenu(atX, atY);
			return;
		}
		if (button != 1) {
			return;
		}
		startX = x = atX;
		startY = y = atY;
		var circuit = controller.circuit();
		Port port = HitTest.portAt(circuit, atX, atY, ConnectGesture.PORT_TOLERANCE);
		if (port != null) {
			connect.start(port, atX, atY);
			return;
		}
		DiagramSelection selection = controller.selection();
		Component component = HitTest.componentAt(circuit, atX, atY);
		Connection connection = component == null ? HitTest.connectionAt(circuit, atX, atY, 3) : null;
		var hit = component != null ? component : connection;
		if (hit == null) {
			if ((stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
				selection.set(List.of());
			}
			banding = true;
			return;
		}
		if ((stateMask & SWT.MOD1) != 0) {
			selection.toggle(hit);
		} else if ((stateMask & SWT.SHIFT) != 0) {
			selection.add(List.of(hit));
		} else if (!selection.contains(hit)) {
			selection.set(List.of(hit));
		}
		moving = component != null && !connectMode && selection.contains(component);
	}

	/** A right-click on a part that is not selected selects it, so the context menu acts on it. */
	private void selectForMenu(double atX, double atY) {
		Component component = HitTest.componentAt(controller.circuit(), atX, atY);
		var hit = component != null ? component : HitTest.connectionAt(controller.circuit(), atX, atY, 3);
		if (hit != null && !controller.selection().contains(hit)) {
			controller.selection().set(List.of(hit));
		}
	}

	@Override
	public void mouseMove(double atX, double atY) {
		x = atX;
		y = atY;
		connect.drag(atX, atY);
	}

	@Override
	public void mouseUp(double atX, double atY) {
		x = atX;
		y = atY;
		if (connect.active()) {
			connect.finish(atX, atY);
		} else if (moving) {
			if (Math.abs(x - startX) + Math.abs(y - startY) > 2) {
				controller.moveSelection(x - startX, y - startY);
			}
		} else if (banding) {
			Box band = Box.spanning(startX, startY, x, y);
			if (band.width() > 2 || band.height() > 2) {
				controller.selection().add(HitTest.componentsIn(controller.circuit(), band));
			}
		}
		moving = false;
		banding = false;
	}

	@Override
	public void paintFeedback(Painter painter) {
		connect.paint(painter);
		if (banding) {
			Box band = Box.spanning(startX, startY, x, y);
			painter.setForeground(BAND);
			painter.setDashed(true);
			painter.setLineWidth(1);
			painter.rectangle(band.x(), band.y(), band.width(), band.height(), 0, false);
			painter.setDashed(false);
		} else if (moving) {
			painter.setForeground(BAND);
			painter.setDashed(true);
			painter.setLineWidth(1);
			for (Component component : CircuitCommands.components(controller.selection().elements())) {
				Box box = DiagramGeometry.bounds(component);
				painter.rectangle(box.x() + x - startX, box.y() + y - startY, box.width(), box.height(), 4, false);
			}
			painter.setDashed(false);
		}
	}

	@Override
	public void cancel() {
		connect.cancel();
		moving = false;
		banding = false;
	}
}
