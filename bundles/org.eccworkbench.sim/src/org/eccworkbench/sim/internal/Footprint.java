package org.eccworkbench.sim.internal;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.SimulationSetup;

/**
 * Estimates the heap one running case holds (plant, engine state, event lists), for the
 * benchmark: builds {@code cases} engines, keeps them, and divides the growth of the used heap
 * after garbage collection. An estimate: the JVM does not promise what {@code System.gc()} does.
 */
public final class Footprint {

	private Footprint() {
	}

	public static long bytesPerCase(SimulationSetup setup, int cases) throws CircuitException {
		Runtime runtime = Runtime.getRuntime();
		List<Object> kept = new ArrayList<>(cases);
		long before = used(runtime);
		double cardiacIndex = Constants.CARDIAC_INDEX_L_MIN_M2;
		for (int i = 0; i < cases; i++) {
			Plant plant = PlantBuilder.build(setup.circuit(), setup.catalog(), cardiacIndex * setup.patient().bsaSquareMetres());
			List<String> notes = new ArrayList<>(plant.notes());
			Engine engine = new Engine(plant, setup.patient(), setup.scenario().settings(), setup.seed(), notes);
			kept.add(new Object[] { engine, new Operator(engine, setup.scenario(), cardiacIndex, notes),
					new AlarmMonitor(engine), new ScoreKeeper(engine) });
		}
		long after = used(runtime);
		long perCase = Math.max(0, (after - before) / cases);
		kept.clear();
		return perCase;
	}

	private static long used(Runtime runtime) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
