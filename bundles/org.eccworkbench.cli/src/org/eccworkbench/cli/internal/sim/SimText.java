package org.eccworkbench.cli.internal.sim;

import static org.eccworkbench.cli.internal.sim.SimOptions.clock;
import static org.eccworkbench.cli.internal.sim.SimOptions.fixed;

import java.io.PrintStream;
import java.util.Map;

import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.SimulationSetup;
import org.eclipse.osgi.util.NLS;

/** The human-readable summary of {@code eccw simulate}. */
final class SimText {

	/** Properties files drop a value's leading blanks: the indentation is written here. */
	static final String INDENT = "  "; //$NON-NLS-1$

	private SimText() {
	}

	static void summary(SimulationSetup setup, RunResult result, PrintStream out) {
		out.println(NLS.bind(SimMessages.Sim_ran, new Object[] { clock(result.simulatedS()), result.circuitName(),
				result.scenarioName(), fixed(result.wallS(), 2), fixed(result.simulatedS() / Math.max(1e-9, result.wallS()), 0),
				Long.toString(result.steps()), fixed(setup.stepMs(), 1) }));
		var p = setup.patient();
		out.println(NLS.bind(SimMessages.Sim_patient, new Object[] { fixed(p.heightCm(), 0), fixed(p.weightKg(), 1),
				fixed(p.hctPercent(), 1), fixed(result.bsaM2(), 2), fixed(p.bloodVolumeMl(), 0) }));
		result.stopCause().ifPresent(cause -> out.println(NLS.bind(SimMessages.Sim_stopped, cause)));
		var s = result.scores();
		out.println(SimMessages.Sim_scores);
		out.println(INDENT + NLS.bind(SimMessages.Sim_do2i, new Object[] { fixed(s.nadirDo2i(), 0), fixed(s.minutesBelowDo2i272(), 1),
				fixed(s.minutesBelowDo2i280(), 1) }));
		out.println(INDENT + NLS.bind(SimMessages.Sim_gradient, fixed(s.maxGradientC(), 1), Integer.toString(s.missedRedoses())));
		out.println(INDENT + NLS.bind(SimMessages.Sim_volume, String.format(java.util.Locale.ROOT, "%.1e", s.maxVolumeErrorRelative()))); //$NON-NLS-1$
		out.println(NLS.bind(SimMessages.Sim_alarms, result.alarms().size()));
		for (AlarmRecord alarm : result.alarms()) {
			out.println(INDENT + NLS.bind(SimMessages.Sim_alarm, new Object[] { clock(alarm.tS()), alarm.priority().id(), alarm.id().id(),
					Double.isNaN(alarm.clearedS()) ? "-" : clock(alarm.clearedS()), //$NON-NLS-1$
					Double.isNaN(alarm.responseS()) ? "-" : fixed(alarm.responseS(), 1) })); //$NON-NLS-1$
		}
		out.println(SimMessages.Sim_final);
		for (Map.Entry<String, Double> value : result.finalState().entrySet()) {
			out.println(INDENT + value.getKey() + " = " + fixed(value.getValue(), 3)); //$NON-NLS-1$
		}
		out.println(SimMessages.Sim_notes);
		result.notes().forEach(note -> out.println(INDENT + note));
	}
}
