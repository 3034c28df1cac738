package org.eccworkbench.ui.sim.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.Fault;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.ui.sim.internal.RunSetup.SetupException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The perfusionist's controls of a running case and the training fault injector. Every control
 * queues an action on the session ({@link SimulationRun#act}); a value the engine refuses is shown
 * with the engine's message, which names the parameter and its range.
 */
final class PerfusionistPanel {

	private static final Color REFUSED = new Color(190, 0, 0);
	private static final Color DONE = new Color(60, 60, 60);
	private static final String[] GIVE_TO = Action.GIVE_FLUID.words().get("to"); //$NON-NLS-1$
	private static final String[] DOSES = Action.CARDIOPLEGIA.words().get("dose"); //$NON-NLS-1$
	private static final String[] CANNULAE = Action.FAULT.words().get("cannula"); //$NON-NLS-1$

	private final SimulationRun run;
	private final Runnable relayout;
	private final Label feedback;
	final NumberRow pump;
	final NumberRow sweep;
	final NumberRow fio2;
	final NumberRow water;
	final Button venousClamp;
	final Button arterialClamp;
	final Button crossClamp;
	final NumberRow volume;
	final Text volumeHct;
	final Combo volumeTo;
	final NumberRow heparin;
	final NumberRow cardioplegia;
	final Combo dose;
	final Combo faultKind;
	final Text faultValue;
	final Combo faultCannula;
	final Button inject;
	final Button clearFault;
	private boolean centrifugal;
	/** Whether the pump field has shown the run's flow (or speed) once. */
	private boolean pumpShown;

	/** @param relayout lays the panel's parent out again when a message changes its height */
	PerfusionistPanel(Composite parent, SimulationRun run, Runnable relayout) {
		this.run = run;
		this.relayout = relayout;
		Group controls = new Group(parent, SWT.NONE);
		controls.setText(Messages.Control_perfusionist);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(controls);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(controls);
		pump = new NumberRow(controls, Messages.Control_pumpFlow, Messages.Unit_lMin, Messages.Control_set, Action.SET_FLOW, "l_min"); //$NON-NLS-1$
		pump.button.addListener(SWT.Selection, e -> setPump());
		sweep = new NumberRow(controls, Messages.Control_sweep, Messages.Unit_lMin, Messages.Control_set, Action.SET_SWEEP, "l_min"); //$NON-NLS-1$
		sweep.button.addListener(SWT.Selection, e -> number(Action.SET_SWEEP, "l_min", sweep)); //$NON-NLS-1$
		fio2 = new NumberRow(controls, Messages.Control_fio2, Messages.Unit_percent, Messages.Control_set, Action.SET_FIO2, "percent"); //$NON-NLS-1$
		fio2.button.addListener(SWT.Selection, e -> number(Action.SET_FIO2, "percent", fio2)); //$NON-NLS-1$
		water = new NumberRow(controls, Messages.Control_water, Messages.Unit_celsius, Messages.Control_set, Action.SET_WATER, "c"); //$NON-NLS-1$
		water.button.addListener(SWT.Selection, e -> number(Action.SET_WATER, "c", water)); //$NON-NLS-1$

		Composite toggles = new Composite(controls, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(toggles);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(toggles);
		venousClamp = toggle(toggles, Messages.Control_venousClamp, b -> clamp(b, "venous")); //$NON-NLS-1$
		arterialClamp = toggle(toggles, Messages.Control_arterialClamp, b -> clamp(b, "arterial")); //$NON-NLS-1$
		crossClamp = toggle(toggles, Messages.Control_crossClamp,
				b -> act(b.getSelection() ? Action.CROSS_CLAMP_ON : Action.CROSS_CLAMP_OFF, Map.of(), Map.of(), b));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(crossClamp);
		Composite buttons = new Composite(controls, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(buttons);
		Button restart = new Button(buttons, SWT.PUSH);
		restart.setText(Messages.Control_resumePump);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(restart);
		restart.setToolTipText(Messages.Control_resumePumpTip);
		restart.addListener(SWT.Selection, e -> act(Action.RESUME_PUMP, Map.of(), Map.of(), null));
		Button bypassOn = new Button(buttons, SWT.PUSH);
		bypassOn.setText(Messages.Control_bypassOn);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bypassOn);
		bypassOn.addListener(SWT.Selection, e -> act(Action.BYPASS_ON, Map.of(), Map.of(), null));
		Button bypassOff = new Button(buttons, SWT.PUSH);
		bypassOff.setText(Messages.Control_bypassOff);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bypassOff);
		bypassOff.addListener(SWT.Selection, e -> act(Action.BYPASS_OFF, Map.of(), Map.of(), null));

		volume = new NumberRow(controls, Messages.Control_volume, Messages.Unit_ml, Messages.Control_give, Action.GIVE_FLUID, "ml"); //$NON-NLS-1$
		volume.field.setText("250"); //$NON-NLS-1$
		new Label(controls, SWT.NONE).setText(Messages.Control_volumeHct);
		volumeHct = new Text(controls, SWT.BORDER | SWT.RIGHT);
		volumeHct.setText("0"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(volumeHct);
		Label hctUnit = new Label(controls, SWT.NONE);
		hctUnit.setText(Messages.Unit_percent);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(hctUnit);
		new Label(controls, SWT.NONE).setText(Messages.Control_volumeTo);
		volumeTo = new Combo(controls, SWT.READ_ONLY);
		volumeTo.add(Messages.Control_toReservoir);
		volumeTo.add(Messages.Control_toPatient);
		volumeTo.select(0);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(volumeTo);
		volume.button.addListener(SWT.Selection, e -> giveVolume());

		heparin = new NumberRow(controls, Messages.Control_heparin, Messages.Unit_units, Messages.Control_give, Action.GIVE_HEPARIN, "units"); //$NON-NLS-1$
		heparin.field.setText("5000"); //$NON-NLS-1$
		heparin.button.addListener(SWT.Selection, e -> number(Action.GIVE_HEPARIN, "units", heparin)); //$NON-NLS-1$
		cardioplegia = new NumberRow(controls, Messages.Control_cardioplegia, Messages.Unit_ml, Messages.Control_give,
				Action.CARDIOPLEGIA, "ml"); //$NON-NLS-1$
		cardioplegia.field.setText("1000"); //$NON-NLS-1$
		new Label(controls, SWT.NONE).setText(Messages.Control_dose);
		dose = new Combo(controls, SWT.READ_ONLY);
		dose.add(Messages.Control_induction);
		dose.add(Messages.Control_redose);
		dose.select(0);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(dose);
		cardioplegia.button.addListener(SWT.Selection, e -> giveCardioplegia());

		Group faults = new Group(parent, SWT.NONE);
		faults.setText(Messages.Control_faults);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(faults);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(faults);
		faultKind = new Combo(faults, SWT.READ_ONLY);
		for (Fault fault : Fault.values()) {
			faultKind.add(Texts.fault(fault));
		}
		faultKind.select(Fault.PUMP_FAILURE.ordinal());
		GridDataFactory.fillDefaults().span(4, 1).applyTo(faultKind);
		faultValue = new Text(faults, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(faultValue);
		faultCannula = new Combo(faults, SWT.READ_ONLY);
		faultCannula.add(Messages.Control_arterialCannula);
		faultCannula.add(Messages.Control_venousCannula);
		faultCannula.select(0);
		inject = new Button(faults, SWT.PUSH);
		inject.setText(Messages.Control_inject);
		inject.addListener(SWT.Selection, e -> injectFault());
		clearFault = new Button(faults, SWT.PUSH);
		clearFault.setText(Messages.Control_clearFault);
		clearFault.addListener(SWT.Selection, e -> act(Action.CLEAR_FAULT, Map.of(), Map.of("kind", fault().id()), null)); //$NON-NLS-1$
		faultKind.addListener(SWT.Selection, e -> faultChanged());
		faultChanged();

		feedback = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(feedback);
	}

	private Button toggle(Composite parent, String text, java.util.function.Consumer<Button> onChange) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.addListener(SWT.Selection, e -> onChange.accept(button));
		return button;
	}

	/** A new run: the pump row follows the arterial pump's kind, the fields show the starting settings. */
	void started(Circuit circuit, double[] signals) {
		centrifugal = circuit.getComponents().stream()
				.anyMatch(c -> c instanceof CentrifugalPump p && ((Pump) p).getRole() == PumpRole.ARTERIAL);
		pump.label.setText(centrifugal ? Messages.Control_pumpRpm : Messages.Control_pumpFlow);
		pump.unit.setText(centrifugal ? Messages.Unit_rpm : Messages.Unit_lMin);
		pump.range(centrifugal ? Action.SET_RPM : Action.SET_FLOW, centrifugal ? "rpm" : "l_min", pump.unit.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		pump.field.setText(""); //$NON-NLS-1$
		pumpShown = false;
		sweep.field.setText(Texts.fixed(signals[Signal.SWEEP_L_MIN.ordinal()], 1));
		fio2.field.setText(Texts.fixed(signals[Signal.FIO2_PERCENT.ordinal()], 0));
		water.field.setText(Texts.fixed(signals[Signal.WATER_C.ordinal()], 1));
		venousClamp.setSelection(false);
		arterialClamp.setSelection(false);
		crossClamp.setSelection(false);
		show(Messages.Control_ready, false);
	}

	/** Shows the pump's setting in its field once it runs, unless the user typed one. */
	void refresh(double[] signals) {
		double value = signals[(centrifugal ? Signal.PUMP_RPM : Signal.PUMP_FLOW_L_MIN).ordinal()];
		if (!pumpShown && value > 0 && pump.field.getText().isBlank() && !pump.field.isFocusControl()) {
			pump.field.setText(Texts.fixed(value, centrifugal ? 0 : 2));
			pumpShown = true;
		}
	}

	private Fault fault() {
		return Fault.values()[Math.max(0, faultKind.getSelectionIndex())];
	}

	private void faultChanged() {
		Fault fault = fault();
		String value = switch (fault) {
		case VENOUS_AIR -> "50"; //$NON-NLS-1$
		case VENOUS_KINK, ARTERIAL_OCCLUSION -> "20"; //$NON-NLS-1$
		case OXYGENATOR_FAILURE -> "0.2"; //$NON-NLS-1$
		default -> ""; //$NON-NLS-1$
		};
		faultValue.setText(value);
		faultValue.setEnabled(!value.isEmpty());
		faultValue.setToolTipText(switch (fault) {
		case VENOUS_AIR -> Messages.Control_faultAir;
		case VENOUS_KINK, ARTERIAL_OCCLUSION -> Messages.Control_faultFactor;
		case OXYGENATOR_FAILURE -> Messages.Control_faultResidual;
		default -> null;
		});
		faultCannula.setEnabled(fault == Fault.CANNULA_DISLODGEMENT);
	}

	private void injectFault() {
		Fault fault = fault();
		Map<String, Double> numbers = new LinkedHashMap<>();
		Map<String, String> words = new LinkedHashMap<>();
		words.put("kind", fault.id()); //$NON-NLS-1$
		try {
			String parameter = switch (fault) {
			case VENOUS_AIR -> "ml_min"; //$NON-NLS-1$
			case VENOUS_KINK, ARTERIAL_OCCLUSION -> "factor"; //$NON-NLS-1$
			case OXYGENATOR_FAILURE -> "residual"; //$NON-NLS-1$
			default -> null;
			};
			if (parameter != null) {
				Double value = RunSetup.parse(parameter, faultValue.getText());
				if (value != null) {
					numbers.put(parameter, value);
				}
			}
		} catch (SetupException e) {
			show(e.getMessage(), true);
			return;
		}
		if (fault == Fault.CANNULA_DISLODGEMENT) {
			words.put("cannula", CANNULAE[Math.max(0, faultCannula.getSelectionIndex())]); //$NON-NLS-1$
		}
		act(Action.FAULT, numbers, words, null);
	}

	private void setPump() {
		if (centrifugal) {
			number(Action.SET_RPM, "rpm", pump); //$NON-NLS-1$
		} else {
			number(Action.SET_FLOW, "l_min", pump); //$NON-NLS-1$
		}
	}

	private void clamp(Button button, String line) {
		act(button.getSelection() ? Action.CLAMP : Action.UNCLAMP, Map.of(), Map.of("line", line), button); //$NON-NLS-1$
	}

	private void giveVolume() {
		try {
			Map<String, Double> numbers = new LinkedHashMap<>();
			put(numbers, "ml", volume.field.getText()); //$NON-NLS-1$
			put(numbers, "hct_percent", volumeHct.getText()); //$NON-NLS-1$
			act(Action.GIVE_FLUID, numbers, Map.of("to", GIVE_TO[Math.max(0, volumeTo.getSelectionIndex())]), null); //$NON-NLS-1$
		} catch (SetupException e) {
			show(e.getMessage(), true);
		}
	}

	private void giveCardioplegia() {
		try {
			Map<String, Double> numbers = new LinkedHashMap<>();
			put(numbers, "ml", cardioplegia.field.getText()); //$NON-NLS-1$
			act(Action.CARDIOPLEGIA, numbers, Map.of("dose", DOSES[Math.max(0, dose.getSelectionIndex())]), null); //$NON-NLS-1$
		} catch (SetupException e) {
			show(e.getMessage(), true);
		}
	}

	private void number(Action action, String parameter, NumberRow row) {
		try {
			Map<String, Double> numbers = new LinkedHashMap<>();
			put(numbers, parameter, row.field.getText());
			act(action, numbers, Map.of(), null);
		} catch (SetupException e) {
			show(e.getMessage(), true);
		}
	}

	private static void put(Map<String, Double> numbers, String parameter, String text) throws SetupException {
		Double value = RunSetup.parse(parameter, text);
		if (value != null) {
			numbers.put(parameter, value);
		}
	}

	/** Queues the action; a refused one is shown, and a toggle that caused it is put back. */
	private void act(Action action, Map<String, Double> numbers, Map<String, String> words, Button toggle) {
		try {
			run.act(action, numbers, words);
			show(NLS.bind(Messages.Control_queued, action.id()), false);
		} catch (ScenarioException e) {
			show(NLS.bind(Messages.Control_refused, e.getMessage()), true);
			undo(toggle);
		} catch (IllegalStateException e) {
			show(e.getMessage(), true);
			undo(toggle);
		}
	}

	private static void undo(Button toggle) {
		if (toggle != null) {
			toggle.setSelection(!toggle.getSelection());
		}
	}

	private void show(String text, boolean problem) {
		feedback.setText(text);
		feedback.setForeground(problem ? REFUSED : DONE);
		relayout.run();
	}

	String feedback() {
		return feedback.getText();
	}
}
