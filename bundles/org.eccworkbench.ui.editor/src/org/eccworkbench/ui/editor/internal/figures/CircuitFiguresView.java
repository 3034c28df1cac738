package org.eccworkbench.ui.editor.internal.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitFigures;
import org.eccworkbench.analysis.circuit.CircuitOptions;
import org.eccworkbench.analysis.circuit.FlowLimit;
import org.eccworkbench.analysis.circuit.PrimeItem;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * The Circuit Figures view: for the circuit editor last active, the total prime itemised (an
 * unknown volume shown as unknown, the total then a lower bound), the predicted haematocrit on
 * bypass for the case's patient (an estimate), the target flow, the flow limit and the part that
 * sets it, and DO2i at the target flow. The figures are recomputed shortly after each edit; they
 * take a fraction of a millisecond for a circuit of a few dozen parts, so on the UI thread.
 */
public final class CircuitFiguresView extends ViewPart {

	/** How long after an edit the figures are recomputed, so that a burst of edits costs one. */
	static final int RECOMPUTE_DELAY_MS = 150;

	private CatalogCircuitFacts facts;
	private Composite root;
	private Label heading;
	private Label prime;
	private Label hct;
	private Label targetFlow;
	private Label flowLimit;
	private Label do2i;
	private Table items;
	private CircuitEditor editor;
	private final CommandStackListener stackListener = event -> schedule();
	private final Runnable recompute = this::refresh;
	private CircuitFigures shown;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			follow(reference.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			follow(reference.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				track(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		facts = new CatalogCircuitFacts(CatalogRegistry.contributed(), CircuitOptions.defaults());
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(root);
		heading = label(SWT.WRAP);
		prime = label(SWT.WRAP);
		hct = label(SWT.WRAP);
		targetFlow = label(SWT.WRAP);
		flowLimit = label(SWT.WRAP);
		do2i = label(SWT.WRAP);
		items = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		items.setHeaderVisible(true);
		for (String title : List.of(Messages.Figures_columnPart, Messages.Figures_columnVolume, Messages.Figures_columnBasis)) {
			TableColumn column = new TableColumn(items, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals(Messages.Figures_columnVolume) ? 90 : 200);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 150).applyTo(items);
		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		track(active instanceof CircuitEditor circuitEditor ? circuitEditor : null);
	}

	private Label label(int style) {
		Label label = new Label(root, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void follow(IWorkbenchPart part) {
		if (part instanceof CircuitEditor circuitEditor && circuitEditor != editor) {
			track(circuitEditor);
		}
	}

	private void track(CircuitEditor next) {
		if (editor != null && editor.document() != null) {
			editor.document().commandStack().removeCommandStackListener(stackListener);
		}
		editor = next != null && next.document() != null && !next.document().broken() ? next : null;
		if (editor != null) {
			editor.document().commandStack().addCommandStackListener(stackListener);
		}
		refresh();
	}

	private void schedule() {
		if (root != null && !root.isDisposed()) {
			root.getDisplay().timerExec(-1, recompute);
			root.getDisplay().timerExec(RECOMPUTE_DELAY_MS, recompute);
		}
	}

	/** Recomputes and shows the figures of the followed circuit now. */
	public void refresh() {
		if (root == null || root.isDisposed()) {
			return;
		}
		items.removeAll();
		if (editor == null) {
			shown = null;
			heading.setText(Messages.Figures_noEditor);
			for (Label label : List.of(prime, hct, targetFlow, flowLimit, do2i)) {
				label.setText(""); //$NON-NLS-1$
			}
			root.layout(true, true);
			return;
		}
		Circuit circuit = editor.document().circuit();
		CircuitFigures figures = CircuitFigures.of(circuit, facts);
		shown = figures;
		heading.setText(NLS.bind(Messages.Figures_heading, circuit.getName() == null ? editor.getTitle() : circuit.getName()));
		prime.setText(primeText(figures));
		hct.setText(figures.predictedHctPercent().isPresent()
				? NLS.bind(figures.primeIncomplete() ? Messages.Figures_hctUpperBound : Messages.Figures_hct,
						number(figures.predictedHctPercent().getAsDouble(), 1))
				: Messages.Figures_hctUnavailable);
		targetFlow.setText(figures.targetFlowLMin().isPresent()
				? NLS.bind(Messages.Figures_targetFlow, number(figures.targetFlowLMin().getAsDouble(), 2),
						number(figures.cardiacIndex(), 1))
				: Messages.Figures_targetFlowUnavailable);
		flowLimit.setText(limitText(figures.flowLimit()));
		do2i.setText(figures.do2iAtTargetFlow().isPresent()
				? NLS.bind(Messages.Figures_do2i, number(figures.do2iAtTargetFlow().getAsDouble(), 0))
				: Messages.Figures_do2iUnavailable);
		for (PrimeItem item : figures.prime()) {
			TableItem row = new TableItem(items, SWT.NONE);
			row.setText(new String[] { item.label(),
					item.known() ? number(item.volumeMl().getAsDouble(), 0) : Messages.Figures_unknown, item.basis() });
		}
		root.layout(true, true);
	}

	static String primeText(CircuitFigures figures) {
		String total = number(figures.knownPrimeMl(), 0);
		return figures.primeIncomplete()
				? NLS.bind(Messages.Figures_primeAtLeast, total, figures.unknownPrime().size())
				: NLS.bind(Messages.Figures_prime, total);
	}

	static String limitText(FlowLimit limit) {
		Optional<Double> litres = limit.litresPerMin();
		if (litres.isPresent()) {
			String text = NLS.bind(Messages.Figures_flowLimit, number(litres.get(), 1), limit.limitingPart().get().label());
			return limit.unboundedParts().isEmpty() ? text
					: text + ' ' + NLS.bind(Messages.Figures_flowLimitUnbounded, limit.unboundedParts().size());
		}
		return NLS.bind(Messages.Figures_flowLimitUnknown, limit.unboundedParts().size());
	}

	private static String number(double value, int decimals) {
		return String.format(Locale.getDefault(), "%." + decimals + "f", value); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The figures shown, or empty when no circuit editor is followed. */
	public Optional<CircuitFigures> figures() {
		return Optional.ofNullable(shown);
	}

	/** The lines the view shows above its table, in order. */
	public List<String> summary() {
		return List.of(heading.getText(), prime.getText(), hct.getText(), targetFlow.getText(), flowLimit.getText(),
				do2i.getText());
	}

	/** The rows of the itemised prime, as shown. */
	public Table items() {
		return items;
	}

	@Override
	public void setFocus() {
		items.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (root != null && !root.isDisposed()) {
			root.getDisplay().timerExec(-1, recompute);
		}
		track(null);
		super.dispose();
	}
}
