package org.eccworkbench.ui.editor.internal.editor;

import java.util.function.Consumer;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eccworkbench.ui.editor.internal.canvas.DiagramController;
import org.eccworkbench.ui.editor.internal.palette.PaletteContents;
import org.eccworkbench.ui.editor.internal.palette.PaletteControl;
import org.eccworkbench.ui.editor.internal.palette.PaletteDrop;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** The Diagram page: the palette on the left, the tool bar and the schematic canvas on the right. */
public final class DiagramPage {

	/** What the tool bar's export buttons ask the editor to do. */
	public interface Exports {
		void exportPng();

		void exportSvg();

		void exportPackSpecification();
	}

	private final SashForm root;
	private final PaletteControl palette;
	private final DiagramCanvas canvas;

	public DiagramPage(Composite parent, DiagramController controller, Exports exports) {
		root = new SashForm(parent, SWT.HORIZONTAL);
		palette = new PaletteControl(root, new PaletteContents(CatalogRegistry.contributed()));
		Composite right = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(right);
		ToolBar bar = new ToolBar(right, SWT.FLAT | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		canvas = new DiagramCanvas(right, controller);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		PaletteDrop.install(canvas, palette.contents());
		palette.onOpen(entry -> {
			var area = canvas.control().getClientArea();
			var shown = canvas.viewport().visible(area.width, area.height);
			controller.place(entry, shown.centerX(), shown.centerY());
			canvas.control().setFocus();
		});
		root.setWeights(22, 78);

		ToolItem select = radio(bar, Messages.Tool_select, Messages.Tool_selectTip, on -> canvas.setConnectMode(!on));
		select.setSelection(true);
		radio(bar, Messages.Tool_connect, Messages.Tool_connectTip, on -> canvas.setConnectMode(on));
		new ToolItem(bar, SWT.SEPARATOR);
		check(bar, Messages.Tool_grid, true, canvas::setGrid);
		check(bar, Messages.Tool_snap, true, controller::setSnap);
		new ToolItem(bar, SWT.SEPARATOR);
		push(bar, Messages.Tool_zoomIn, canvas::zoomIn);
		push(bar, Messages.Tool_zoomOut, canvas::zoomOut);
		push(bar, Messages.Tool_actualSize, canvas::actualSize);
		push(bar, Messages.Tool_fit, canvas::fit);
		push(bar, Messages.Tool_autoLayout, () -> {
			controller.autoLayout();
			canvas.fit();
		});
		new ToolItem(bar, SWT.SEPARATOR);
		push(bar, Messages.Tool_exportPng, exports::exportPng);
		push(bar, Messages.Tool_exportSvg, exports::exportSvg);
		push(bar, Messages.Tool_exportPack, exports::exportPackSpecification);
	}

	private static ToolItem radio(ToolBar bar, String text, String tip, Consumer<Boolean> action) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection()) {
				action.accept(Boolean.TRUE);
			}
		});
		return item;
	}

	private static void check(ToolBar bar, String text, boolean initially, Consumer<Boolean> action) {
		ToolItem item = new ToolItem(bar, SWT.CHECK);
		item.setText(text);
		item.setSelection(initially);
		item.addListener(SWT.Selection, e -> action.accept(item.getSelection()));
	}

	private static void push(ToolBar bar, String text, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	public SashForm control() {
		return root;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	public PaletteControl palette() {
		return palette;
	}
}
