package org.eccworkbench.ui.editor.internal.palette;

import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;

/** Palette entries dropped on the canvas become parts where they are dropped. */
public final class PaletteDrop {

	private PaletteDrop() {
	}

	public static void install(DiagramCanvas canvas, PaletteContents contents) {
		DropTarget target = new DropTarget(canvas.control(), DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { TextTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (!(event.data instanceof String id)) {
					return;
				}
				Point at = canvas.control().toControl(event.x, event.y);
				dropped(canvas, contents, id, at.x, at.y);
			}
		});
	}

	/** What a drop of entry {@code id} at canvas point (x, y) does. */
	public static void dropped(DiagramCanvas canvas, PaletteContents contents, String id, int x, int y) {
		contents.entry(id).ifPresent(entry -> canvas.controller().place(entry, canvas.viewport().toDiagramX(x),
				canvas.viewport().toDiagramY(y)));
	}
}
