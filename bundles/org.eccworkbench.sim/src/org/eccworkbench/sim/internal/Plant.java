package org.eccworkbench.sim.internal;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.analysis.CardioplegiaProtocol;

/**
 * The circuit as the engine sees it: volumes, resistances and device parameters, every one from
 * the circuit model or the catalog, or a documented default named in {@link #notes}. Built once by
 * {@link PlantBuilder}; read-only afterwards. Flows are in mL/s, resistances in mmHg per mL/s.
 */
public final class Plant {

	/** Where a pressure sensor reads. */
	public enum Node {
		VENOUS_LINE, PUMP_INLET, PRE_OXYGENATOR, POST_OXYGENATOR, ARTERIAL_LINE
	}

	/** A cannula: a catalog resistance, or a lumen with Poiseuille and kinetic losses. */
	public record CannulaModel(String id, double catalogMmHgSPerMl, double lumenM, double lengthM) {

		/** Linear resistance at {@code viscosity}, mmHg per mL/s. */
		public double linear(double viscosityPaS) {
			return Double.isNaN(catalogMmHgSPerMl)
					? Rheology.poiseuilleMmHgSPerMl(viscosityPaS, Rheology.poiseuilleGeometry(lengthM, lumenM))
					: catalogMmHgSPerMl;
		}

		/** Kinetic coefficient, mmHg per (mL/s)²; zero for a catalog resistance (measured, linear). */
		public double kinetic() {
			return Double.isNaN(catalogMmHgSPerMl) ? Rheology.kineticMmHgPerMlS2(lumenM) : 0;
		}

		/** Lumen volume, mL. */
		public double volumeMl() {
			return Math.PI * lumenM * lumenM / 4 * lengthM * 1e6;
		}
	}

	String circuitName;
	/** A CPB circuit: the STS/SCA/AmSECT 2015 temperature rules apply (not to ECMO). */
	boolean cardiopulmonaryBypass;
	boolean reservoir;
	double venousLineMl;
	double arterialCircuitMl;
	double sideMl;
	double venousTubeGeometry;
	double inletTubeGeometry;
	double arterialTubeGeometry;
	CannulaModel venousCannula;
	CannulaModel arterialCannula;
	double oxygenatorResistance;
	double oxygenatorRatedFlowMlS;
	boolean heatExchanger;
	double heatExchangerConductanceMlS;
	double filterResistance;
	boolean roller;
	double strokeMlPerRev;
	double maxRpm;
	double centrifugalHead;
	double centrifugalDroop;
	double capacityMl;
	double minLevelMl;
	boolean vacuumAssisted;
	boolean levelSensor;
	boolean bubbleSensor;
	boolean flowSensor;
	final List<Node> pressureSensors = new ArrayList<>();
	boolean heaterCooler;
	double waterC;
	double sweepLMin;
	double fio2Percent;
	boolean cardioplegiaSet;
	CardioplegiaProtocol protocol;
	double cardioplegiaBloodFraction;
	boolean hemoconcentrator;
	final List<String> notes = new ArrayList<>();

	Plant() {
	}

	public String circuitName() {
		return circuitName;
	}

	public boolean reservoir() {
		return reservoir;
	}

	public double staticVolumeMl() {
		return venousLineMl + arterialCircuitMl + sideMl;
	}

	public double venousLineMl() {
		return venousLineMl;
	}

	public double arterialCircuitMl() {
		return arterialCircuitMl;
	}

	public double sideMl() {
		return sideMl;
	}

	public double capacityMl() {
		return capacityMl;
	}

	public double minLevelMl() {
		return minLevelMl;
	}

	public boolean rollerPump() {
		return roller;
	}

	public double strokeMlPerRev() {
		return strokeMlPerRev;
	}

	public double maxRpm() {
		return maxRpm;
	}

	public boolean levelSensor() {
		return levelSensor;
	}

	public boolean bubbleSensor() {
		return bubbleSensor;
	}

	public List<Node> pressureSensors() {
		return List.copyOf(pressureSensors);
	}

	public double oxygenatorRatedFlowMlS() {
		return oxygenatorRatedFlowMlS;
	}

	public double heatExchangerConductanceMlS() {
		return heatExchangerConductanceMlS;
	}

	/** The defaults the circuit and catalog did not cover, in the order they were taken. */
	public List<String> notes() {
		return List.copyOf(notes);
	}
}
