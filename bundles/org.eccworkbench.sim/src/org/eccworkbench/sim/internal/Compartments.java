package org.eccworkbench.sim.internal;

/**
 * The well-mixed blood compartments and what each holds: volume (mL), red-cell volume (mL),
 * oxygen (mL O2) and heat as volume × temperature (mL·°C). Every transfer moves the same share of
 * each from one compartment to another, so volume is conserved to rounding; a transfer never takes
 * more than the compartment holds.
 */
public final class Compartments {

	public static final int PATIENT_ARTERIAL = 0;
	public static final int PATIENT_VENOUS = 1;
	public static final int VENOUS_LINE = 2;
	public static final int RESERVOIR = 3;
	public static final int ARTERIAL_CIRCUIT = 4;
	public static final int SIDE = 5;
	/** Shed blood in the surgical field: outside the blood volume, returned by suction. */
	public static final int FIELD = 6;
	static final int COUNT = 7;
	/** The compartments' names, as a stop cause names them. */
	static final String[] NAMES = { "patient arterial", "patient venous", "venous line", "reservoir", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"arterial circuit", "side lines", "surgical field" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	final double[] volume = new double[COUNT];
	final double[] cells = new double[COUNT];
	final double[] oxygen = new double[COUNT];
	final double[] heat = new double[COUNT];

	/** Fills {@code c} with {@code ml} of blood of {@code hct} (fraction), O2 content (mL/dL) and temperature. */
	void fill(int c, double ml, double hct, double contentMlDl, double temperatureC) {
		volume[c] = ml;
		cells[c] = ml * hct;
		oxygen[c] = ml * contentMlDl / 100;
		heat[c] = ml * temperatureC;
	}

	/** Moves up to {@code ml} from {@code from} to {@code to}; returns the volume moved. */
	double move(int from, int to, double ml) {
		double moved = Math.min(ml, volume[from]);
		if (moved <= 0) {
			return 0;
		}
		double share = moved / volume[from];
		double c = cells[from] * share;
		double o = oxygen[from] * share;
		double h = heat[from] * share;
		volume[from] -= moved;
		cells[from] -= c;
		oxygen[from] -= o;
		heat[from] -= h;
		volume[to] += moved;
		cells[to] += c;
		oxygen[to] += o;
		heat[to] += h;
		return moved;
	}

	/** Removes up to {@code ml} of whole blood from {@code c}; returns the volume removed. */
	double remove(int c, double ml) {
		double removed = Math.min(ml, volume[c]);
		if (removed <= 0) {
			return 0;
		}
		double keep = 1 - removed / volume[c];
		volume[c] -= removed;
		cells[c] *= keep;
		oxygen[c] *= keep;
		heat[c] *= keep;
		return removed;
	}

	/** Removes up to {@code ml} of plasma water (no cells, no oxygen, same temperature); returns it. */
	double removePlasma(int c, double ml) {
		double plasma = volume[c] - cells[c];
		double removed = Math.min(ml, Math.max(0, plasma));
		if (removed <= 0) {
			return 0;
		}
		heat[c] -= removed * temperature(c);
		volume[c] -= removed;
		return removed;
	}

	/** Adds {@code ml} of fluid of {@code hct} and O2 content (mL/dL), at the compartment's temperature. */
	void add(int c, double ml, double hct, double contentMlDl) {
		double t = temperature(c);
		volume[c] += ml;
		cells[c] += ml * hct;
		oxygen[c] += ml * contentMlDl / 100;
		heat[c] += ml * t;
	}

	double hct(int c) {
		return volume[c] > 0 ? cells[c] / volume[c] : 0;
	}

	double contentMlDl(int c) {
		return volume[c] > 0 ? oxygen[c] / volume[c] * 100 : 0;
	}

	double temperature(int c) {
		return volume[c] > 1e-9 ? heat[c] / volume[c] : 37;
	}

	/** The blood volume: every compartment but the field, mL. */
	double bloodVolume() {
		double sum = 0;
		for (int c = 0; c < FIELD; c++) {
			sum += volume[c];
		}
		return sum;
	}

	public double volume(int c) {
		return volume[c];
	}
}
