package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Constants.ML_S_PER_L_MIN;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.eccworkbench.analysis.CardioplegiaProtocol.Dose;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.Condition;
import org.eccworkbench.sim.Fault;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eclipse.osgi.util.NLS;

/**
 * Fires the scenario's events: timed ones in time order (ties in file order), conditional ones
 * when their condition holds on the last step's signals. Applying an event changes the
 * {@link Controls}; an event the circuit cannot honour (ultrafiltration without a
 * hemoconcentrator) is skipped and noted.
 */
public final class Operator {

	private final Engine engine;
	private final List<ScenarioEvent> timed;
	private final List<ScenarioEvent> conditional;
	private final double[] nextAllowedS;
	/** Each conditional event's condition and the index of the signal it reads. */
	private final Condition[] conditions;
	private final int[] conditionSignals;
	private final double targetFlowMlS;
	private final List<String> notes;
	private int nextTimed;
	/** The time of the next timed event, s; infinite when all have fired. */
	private double nextTimedS;

	public Operator(Engine engine, Scenario scenario, double cardiacIndex, List<String> notes) {
		this.engine = engine;
		this.notes = notes;
		List<ScenarioEvent> byTime = new ArrayList<>();
		conditional = new ArrayList<>();
		for (ScenarioEvent event : scenario.events()) {
			(event.timed() ? byTime : conditional).add(event);
		}
		byTime.sort(Comparator.comparingDouble(ScenarioEvent::atS));
		timed = byTime;
		nextAllowedS = new double[conditional.size()];
		conditions = new Condition[conditional.size()];
		conditionSignals = new int[conditional.size()];
		for (int i = 0; i < nextAllowedS.length; i++) {
			nextAllowedS[i] = conditional.get(i).afterS();
			conditions[i] = conditional.get(i).when();
			conditionSignals[i] = conditions[i].signal().ordinal();
		}
		nextTimedS = timed.isEmpty() ? Double.POSITIVE_INFINITY : timed.get(0).atS();
		double settingFlow = engine.settings.flowLMin();
		targetFlowMlS = Double.isNaN(settingFlow) ? engine.targetFlowMlS(cardiacIndex) : settingFlow * ML_S_PER_L_MIN;
	}

	/** Fires what is due at {@code tS}; returns whether an operator (not a fault) acted. */
	public boolean fire(double tS) {
		boolean acted = false;
		while (nextTimedS <= tS + 1e-9) {
			ScenarioEvent event = timed.get(nextTimed++);
			nextTimedS = nextTimed < timed.size() ? timed.get(nextTimed).atS() : Double.POSITIVE_INFINITY;
			apply(event, tS);
			acted |= event.action().operator();
		}
		double[] signals = engine.signals;
		for (int i = 0; i < nextAllowedS.length; i++) {
			if (tS + 1e-9 >= nextAllowedS[i] && conditions[i].holds(signals[conditionSignals[i]])) {
				ScenarioEvent event = conditional.get(i);
				apply(event, tS);
				acted |= event.action().operator();
				nextAllowedS[i] = Double.isNaN(event.repeatAfterS()) ? Double.POSITIVE_INFINITY : tS + event.repeatAfterS();
			}
		}
		return acted;
	}

	/** Applies {@code event} now, at {@code tS}, whatever its time or condition: an operator at the console. */
	public void applyNow(ScenarioEvent event, double tS) {
		apply(event, tS);
	}

	private void apply(ScenarioEvent e, double tS) {
		Controls c = engine.controls;
		Plant plant = engine.plant;
		switch (e.action()) {
		case BYPASS_ON -> {
			c.onBypass = true;
			c.bypassStarted = true;
			c.venousClamped = false;
			c.arterialClamped = false;
			if (c.flowTargetMlS <= 0 && c.flowMode) {
				c.flowTargetMlS = targetFlowMlS;
			}
		}
		case BYPASS_OFF -> c.onBypass = false;
		case SET_FLOW -> {
			c.flowMode = true;
			c.flowTargetMlS = e.number("l_min", 0) * ML_S_PER_L_MIN; //$NON-NLS-1$
			c.servoStopped = false;
		}
		case SET_RPM -> {
			c.flowMode = false;
			c.rpm = Math.min(plant.maxRpm, e.number("rpm", 0)); //$NON-NLS-1$
			c.servoStopped = false;
		}
		case RESUME_PUMP -> c.servoStopped = false;
		case SET_SWEEP -> c.sweepLMin = e.number("l_min", 0); //$NON-NLS-1$
		case SET_FIO2 -> c.fio2Percent = e.number("percent", 100); //$NON-NLS-1$
		case SET_WATER -> c.waterSetC = e.number("c", 37); //$NON-NLS-1$
		case CLAMP, UNCLAMP -> {
			boolean closed = e.action() == Action.CLAMP;
			if ("venous".equals(e.word("line").orElse(""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				c.venousClamped = closed;
			} else {
				c.arterialClamped = closed;
			}
		}
		case SET_VACUUM -> {
			if (plant.vacuumAssisted) {
				c.vacuumMmHg = e.number("mmhg", 0); //$NON-NLS-1$
			} else {
				skipped(e, tS, Messages.Operator_noVacuum);
			}
		}
		case SET_VENOUS_HEIGHT -> c.venousHeightCm = e.number("cm", Constants.VENOUS_HEIGHT_CM); //$NON-NLS-1$
		case SET_SVR -> c.svrMmHgSPerMl = e.number("mmhg_min_l", Constants.SVR_MMHG_MIN_L) / ML_S_PER_L_MIN; //$NON-NLS-1$
		case GIVE_FLUID -> {
			boolean patient = "patient".equals(e.word("to").orElse("reservoir")) || !plant.reservoir; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			c.infusions.add(new Controls.Infusion(e.number("ml", 0), e.number("over_s", 60), //$NON-NLS-1$ //$NON-NLS-2$
					e.number("hct_percent", 0) / 100, patient ? Compartments.PATIENT_VENOUS : Compartments.RESERVOIR)); //$NON-NLS-1$
		}
		case GIVE_HEPARIN -> engine.heparinUnits += e.number("units", 0); //$NON-NLS-1$
		case CARDIOPLEGIA -> cardioplegia(e, tS);
		case CROSS_CLAMP_ON -> engine.cardioplegia.clampOn(tS);
		case CROSS_CLAMP_OFF -> engine.cardioplegia.clampOff();
		case ULTRAFILTRATION -> {
			if (plant.hemoconcentrator) {
				c.ultrafiltrationMlS = e.number("ml_min", 0) / 60; //$NON-NLS-1$
			} else {
				skipped(e, tS, Messages.Operator_noHemoconcentrator);
			}
		}
		case SUCTION -> c.suctionMlS = e.number("ml_min", 0) / 60; //$NON-NLS-1$
		case BLOOD_LOSS -> c.bloodLossMlS = e.number("ml_min", 0) / 60; //$NON-NLS-1$
		case HAND_CRANK -> c.handCrankRpm = Math.min(plant.maxRpm, e.number("rpm", 0)); //$NON-NLS-1$
		case RESTORE_POWER -> {
			c.powerFailure = false;
			c.handCrankRpm = Double.NaN;
		}
		case FAULT -> fault(e, tS, true);
		case CLEAR_FAULT -> fault(e, tS, false);
		}
	}

	private void cardioplegia(ScenarioEvent e, double tS) {
		if (!engine.cardioplegia.present()) {
			skipped(e, tS, Messages.Operator_noCardioplegiaSet);
			return;
		}
		Dose dose = "redose".equals(e.word("dose").orElse("induction")) ? Dose.REDOSE : Dose.INDUCTION; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		OptionalDouble ml = engine.cardioplegia.doseMl(dose, e.number("ml", Double.NaN)); //$NON-NLS-1$
		if (ml.isEmpty()) {
			skipped(e, tS, Messages.Operator_noDoseVolume);
			return;
		}
		engine.cardioplegia.start(ml.getAsDouble());
	}

	private void fault(ScenarioEvent e, double tS, boolean on) {
		Controls c = engine.controls;
		Fault fault = Fault.of(e.word("kind").orElseThrow()).orElseThrow(); //$NON-NLS-1$
		switch (fault) {
		case VENOUS_AIR -> c.venousAirMlS = on ? e.number("ml_min", 0) / 60 : 0; //$NON-NLS-1$
		case VENOUS_KINK -> c.venousKinkFactor = on ? e.number("factor", 1) : 1; //$NON-NLS-1$
		case ARTERIAL_OCCLUSION -> c.arterialOcclusionFactor = on ? e.number("factor", 1) : 1; //$NON-NLS-1$
		case OXYGENATOR_FAILURE -> {
			c.oxygenatorFailing = on;
			c.oxygenatorFailStartS = tS;
			c.oxygenatorRampS = e.number("ramp_s", 600); //$NON-NLS-1$
			c.oxygenatorResidual = e.number("residual", 0.2); //$NON-NLS-1$
		}
		case PUMP_FAILURE -> c.pumpFailure = on;
		case POWER_FAILURE -> {
			c.powerFailure = on;
			if (!on) {
				c.handCrankRpm = Double.NaN;
			}
		}
		case HEATER_COOLER_FAILURE -> c.heaterCoolerFailure = on;
		case CANNULA_DISLODGEMENT -> {
			if (on) {
				if ("venous".equals(e.word("cannula").orElse(""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					c.venousDislodged = true;
				} else {
					c.arterialDislodged = true;
				}
			} else {
				c.venousDislodged = false;
				c.arterialDislodged = false;
			}
		}
		}
	}

	private void skipped(ScenarioEvent e, double tS, String why) {
		notes.add(NLS.bind(Messages.Operator_skipped, new Object[] { e.action().id(), Figures.plain(tS), why }));
	}
}
