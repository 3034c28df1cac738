package org.eccworkbench.model.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.validation.CircuitRule;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

/**
 * Rules on the whole circuit, reached from the invariants of {@code Circuit} in circuit.ecore.
 * Sources: the monitoring and alarm requirements of ANZCA PS27 (as summarised at
 * https://cjdbarlow.au/bedside-notebook/anaesthesia/anzca/extracorporeal.html), the AmSECT Standards
 * and Guidelines for Perfusion Practice (standards 6 "safety devices" and 7 "monitoring", PMC4557534)
 * and the Terumo System 1 manual; the AmSECT Perfusion Checklist (1990, rev. 2004,
 * https://www.amsect.org/page/perfusion-checklist); and the STS/SCA/AmSECT 2015 temperature guideline (Engelman et al.,
 * Ann Thorac Surg 2015;100:748).
 */
public final class CircuitRules {

	private CircuitRules() {
	}

	/** A blood loop leaves the patient, passes an arterial pump and returns to the patient. */
	public static boolean closedBloodLoop(Circuit circuit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(circuit, context);
		List<PatientNode> patients = patients(circuit);
		if (patients.isEmpty()) {
			return Report.breach(CircuitRule.CLOSED_BLOOD_LOOP, diagnostics, circuit, RuleMessages.closedLoop_noPatient);
		}
		for (PatientNode patient : patients) {
			Set<CircuitElement> loop = index.loop(patient);
			if (loop.isEmpty()) {
				return Report.breach(CircuitRule.CLOSED_BLOOD_LOOP, diagnostics, patient, RuleMessages.closedLoop_open);
			}
			if (loop.stream().noneMatch(e -> e instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL)) {
				return Report.breach(CircuitRule.CLOSED_BLOOD_LOOP, diagnostics, patient,
						RuleMessages.closedLoop_noPump);
			}
		}
		return true;
	}

	/** The loop through the patient passes an oxygenator. */
	public static boolean oxygenatorOnArterialPath(Circuit circuit, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(circuit, context);
		for (PatientNode patient : patients(circuit)) {
			Set<CircuitElement> loop = index.loop(patient);
			if (!loop.isEmpty() && loop.stream().noneMatch(Oxygenator.class::isInstance)) {
				return Report.breach(CircuitRule.OXYGENATOR_ON_ARTERIAL_PATH, diagnostics, patient,
						RuleMessages.oxygenator_notOnLoop);
			}
		}
		return true;
	}

	/** A pressure sensor after every arterial pump (ANZCA PS27: arterial over-pressure alarm). */
	public static boolean arterialPressureMonitored(Circuit circuit, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(circuit, context);
		boolean ok = true;
		for (Pump pump : arterialPumps(circuit)) {
			Set<CircuitElement> after = index.downstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR);
			if (!index.watched(after, SensorKind.PRESSURE)) {
				ok &= Report.breach(CircuitRule.ARTERIAL_PRESSURE_MONITORED, diagnostics, pump,
						RuleMessages.arterialPressure_missing);
			}
		}
		return ok;
	}

	/**
	 * On bypass, an arterial line filter after the arterial pump or an oxygenator with an
	 * integrated filter (Riley, JECT 2008;40(1):21, on arterial line filters; integrated 40 µm
	 * filters, 510(k) K150267; AmSECT checklist "arterial filter/bubble trap de-bubbled"). ECMO circuits are not checked.
	 */
	public static boolean arterialFilterPresent(Circuit circuit, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (circuit.getKind() != CircuitKind.CPB) {
			return true;
		}
		CircuitIndex index = CircuitIndex.of(circuit, context);
		boolean ok = true;
		for (Pump pump : arterialPumps(circuit)) {
			Set<CircuitElement> after = index.downstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR);
			boolean filtered = after.stream().anyMatch(e -> e instanceof ArterialFilter
					|| e instanceof Oxygenator oxygenator && oxygenator.isIntegratedArterialFilter());
			if (!filtered) {
				ok &= Report.breach(CircuitRule.ARTERIAL_FILTER, diagnostics, pump, RuleMessages.arterialFilter_missing);
			}
		}
		return ok;
	}

	/**
	 * A temperature probe on the oxygenator arterial outlet, the surrogate of cerebral temperature
	 * (STS/SCA/AmSECT 2015, class I).
	 */
	public static boolean arterialTemperatureMonitored(Circuit circuit, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(circuit, context);
		boolean ok = true;
		for (Component component : circuit.getComponents()) {
			if (component instanceof Oxygenator oxygenator) {
				Set<CircuitElement> watched = index.downstreamMain(oxygenator, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR);
				watched.add(oxygenator);
				if (!index.watched(watched, SensorKind.TEMPERATURE)) {
					ok &= Report.breach(CircuitRule.ARTERIAL_TEMPERATURE_PROBE, diagnostics, oxygenator,
							RuleMessages.arterialTemperature_missing);
				}
			}
		}
		return ok;
	}

	/** Height, weight and haematocrit, without which target flow and predicted Hct cannot be computed. */
	public static boolean patientDataComplete(Circuit circuit, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Patient patient = circuit.getPatient();
		List<String> missing = new ArrayList<>();
		if (patient == null || patient.getHeightCm() == null) {
			missing.add(RuleMessages.patientData_height);
		}
		if (patient == null || patient.getWeightKg() == null) {
			missing.add(RuleMessages.patientData_weight);
		}
		if (patient == null || patient.getHematocritPercent() == null) {
			missing.add(RuleMessages.patientData_hct);
		}
		if (missing.isEmpty()) {
			return true;
		}
		return Report.breach(CircuitRule.PATIENT_DATA, diagnostics, patient == null ? circuit : patient,
				NLS.bind(RuleMessages.patientData_missing, String.join(", ", missing))); //$NON-NLS-1$
	}

	static List<PatientNode> patients(Circuit circuit) {
		return circuit.getComponents().stream().filter(PatientNode.class::isInstance).map(PatientNode.class::cast)
				.toList();
	}

	static List<Pump> arterialPumps(Circuit circuit) {
		return circuit.getComponents().stream()
				.filter(c -> c instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL).map(Pump.class::cast)
				.toList();
	}
}
