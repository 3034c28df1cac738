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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
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
	private final ToolItem exportItem;
	private final Menu exportMenu;

	public DiagramPage(Composite parent, DiagramController controller, Exports exports) {
		root = new SashForm(parent, SWT.HORIZONTAL);
		palette = new PaletteControl(root, new PaletteContents(CatalogRegistry.contributed()));
		Composite right = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(right);
		// GTK tool bars do not wrap (they hide what does not fit behind an overflow arrow): the
		// tools are four small bars in a row that wraps, so each stays whole, however narrow the editor
		Composite tools = new Composite(right, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginTop = rows.marginBottom = rows.marginLeft = rows.marginRight = 0;
		rows.spacing = 6;
		tools.setLayout(rows);
		GridData toolsData = GridDataFactory.fillDefaults().grab(true, false).create();
		tools.setLayoutData(toolsData);
		right.addListener(SWT.Resize, e -> {
			int height = tools.computeSize(Math.max(1, right.getClientArea().width), SWT.DEFAULT).y;
			if (toolsData.heightHint != height) {
				toolsData.heightHint = height;
				right.layout(true);
			}
		});
		ToolBar modes = new ToolBar(tools, SWT.FLAT);
		ToolBar aids = new ToolBar(tools, SWT.FLAT);
		ToolBar view = new ToolBar(tools, SWT.FLAT);
		ToolBar output = new ToolBar(tools, SWT.FLAT);
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

		ToolItem select = radio(modes, Messages.Tool_select, Messages.Tool_selectTip, on -> canvas.setConnectMode(!on));
		select.setSelection(true);
		radio(modes, Messages.Tool_connect, Messages.Tool_connectTip, on -> canvas.setConnectMode(on));
		check(aids, Messages.Tool_grid, true, canvas::setGrid);
		check(aids, Messages.Tool_snap, true, controller::setSnap);
		push(view, Messages.Tool_zoomIn, canvas::zoomIn);
		push(view, Messages.Tool_zoomOut, canvas::zoomOut);
		push(view, Messages.Tool_actualSize, canvas::actualSize);
		push(view, Messages.Tool_fit, canvas::fit);
		push(view, Messages.Tool_autoLayout, () -> {
			controller.autoLayout();
			canvas.fit();
		});
		ToolBar bar = output;
		exportItem = new ToolItem(bar, SWT.DROP_DOWN);
		exportItem.setText(Messages.Tool_export);
		exportItem.setToolTipText(Messages.Tool_exportTip);
		exportMenu = new Menu(bar.getShell(), SWT.POP_UP);
		bar.addListener(SWT.Dispose, e -> exportMenu.dispose());
		menuItem(exportMenu, Messages.Tool_exportPng, exports::exportPng);
		menuItem(exportMenu, Messages.Tool_exportSvg, exports::exportSvg);
		menuItem(exportMenu, Messages.Tool_exportPack, exports::exportPackSpecification);
		// the button and its arrow both open the menu: one item, however narrow the editor
		exportItem.addListener(SWT.Selection, e -> {
			Rectangle item = exportItem.getBounds();
			Point at = bar.toDisplay(item.x, item.y + item.height);
			exportMenu.setLocation(at);
			exportMenu.setVisible(true);
		});
	}

	private static void menuItem(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
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

	/** The tool bar's Export item. */
	public ToolItem exportItem() {
		return exportItem;
	}

	/** What the Export item offers: PNG, SVG, pack specification. */
	public Menu exportMenu() {
		return exportMenu;
	}

	public PaletteControl palette() {
		return palette;
	}
}
