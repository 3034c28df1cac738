package org.eccworkbench.ui.editor.internal.canvas;

import org.eccworkbench.ui.editor.internal.diagram.DiagramUnits;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Keyboard use of the diagram: arrows move the selection one grid cell (Shift: five), Tab and
 * Shift+Tab go through the parts, Escape cancels, + and - zoom, 0 fits the circuit. Delete, copy,
 * paste, undo and redo come through the workbench's actions.
 */
final class DiagramKeys {

	private static final int FAST = 5;

	private final DiagramCanvas canvas;
	private final DiagramController controller;

	DiagramKeys(DiagramCanvas canvas, DiagramController controller) {
		this.canvas = canvas;
		this.controller = controller;
	}

	void handle(Event e) {
		double step = DiagramUnits.GRID_PX * ((e.stateMask & SWT.SHIFT) != 0 ? FAST : 1);
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> controller.moveSelection(-step, 0);
		case SWT.ARROW_RIGHT -> controller.moveSelection(step, 0);
		case SWT.ARROW_UP -> controller.moveSelection(0, -step);
		case SWT.ARROW_DOWN -> controller.moveSelection(0, step);
		case SWT.TAB -> controller.selectNext((e.stateMask & SWT.SHIFT) == 0);
		case SWT.ESC -> canvas.cancelGesture();
		default -> {
			if (e.character == '+' || e.character == '=') {
				canvas.zoomIn();
			} else if (e.character == '-') {
				canvas.zoomOut();
			} else if (e.character == '0') {
				canvas.fit();
			} else {
				return;
			}
		}
		}
		e.doit = false;
	}
}
