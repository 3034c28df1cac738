package org.eccworkbench.cli.internal.circuit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.HemodilutionEstimate;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.TargetFlow;
import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitFigures;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.Patient;

/**
 * {@code eccw report FILE [--height-cm H --weight-kg W --hct-percent P --hb-g-dl X --age-years A
 * --cardiac-index CI ...] [--json]}: the circuit's figures for its patient (or the patient given
 * on the command line): prime itemised, predicted Hct (an estimate), target flow, flow limit and
 * the part that sets it, DO2i at target flow.
 */
public final class ReportCommand implements Subcommand {

	static final String OPTION_HEIGHT = "height-cm"; //$NON-NLS-1$
	static final String OPTION_WEIGHT = "weight-kg"; //$NON-NLS-1$
	static final String OPTION_HCT = "hct-percent"; //$NON-NLS-1$
	static final String OPTION_HB = "hb-g-dl"; //$NON-NLS-1$
	static final String OPTION_AGE = "age-years"; //$NON-NLS-1$
	static final String OPTION_CI = "cardiac-index"; //$NON-NLS-1$

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException {
		Set<String> options = new HashSet<>(CircuitCommands.FIGURE_OPTIONS);
		options.addAll(Set.of(OPTION_HEIGHT, OPTION_WEIGHT, OPTION_HCT, OPTION_HB, OPTION_AGE, OPTION_CI));
		Arguments args = Arguments.parse(commandLine, options, Set.of(CircuitCommands.FLAG_JSON));
		if (args.positional().size() != 1) {
			throw new UsageException(CircuitMessages.Report_oneFile);
		}
		CatalogCircuitFacts facts = CircuitCommands.facts(args);
		Optional<Circuit> loaded = CircuitCommands.load(Path.of(args.positional().get(0)), io);
		if (loaded.isEmpty()) {
			return ExitCode.INPUT_PROBLEM;
		}
		Circuit circuit = loaded.get();
		applyPatient(circuit, args);
		CircuitFigures figures = CircuitFigures.of(circuit, facts);
		if (args.flag(CircuitCommands.FLAG_JSON)) {
			io.out().print(ReportOutput.json(args.positional().get(0), circuit, figures, facts.options()));
		} else {
			ReportOutput.text(args.positional().get(0), circuit, figures, facts.options(), io.out());
		}
		return ExitCode.OK;
	}

	/** The patient and case values given on the command line replace those of the file. */
	static void applyPatient(Circuit circuit, Arguments args) throws UsageException {
		Patient patient = circuit.getPatient();
		if (patient == null) {
			patient = CircuitFactory.eINSTANCE.createPatient();
			circuit.setPatient(patient);
		}
		Optional<Double> height = args.number(OPTION_HEIGHT, BodySize.HEIGHT_CM.min(), BodySize.HEIGHT_CM.max(), "cm"); //$NON-NLS-1$
		Optional<Double> weight = args.number(OPTION_WEIGHT, BodySize.WEIGHT_KG.min(), BodySize.WEIGHT_KG.max(), "kg"); //$NON-NLS-1$
		Optional<Double> hct = args.number(OPTION_HCT, HemodilutionEstimate.HCT_PERCENT.min(),
				HemodilutionEstimate.HCT_PERCENT.max(), "%"); //$NON-NLS-1$
		Optional<Double> hb = args.number(OPTION_HB, OxygenContent.HB_G_DL.min(), OxygenContent.HB_G_DL.max(), "g/dL"); //$NON-NLS-1$
		Optional<Double> age = args.number(OPTION_AGE, 0, 130, "years"); //$NON-NLS-1$
		Optional<Double> ci = args.number(OPTION_CI, TargetFlow.CARDIAC_INDEX.min(), TargetFlow.CARDIAC_INDEX.max(),
				"L/min/m2"); //$NON-NLS-1$
		height.ifPresent(patient::setHeightCm);
		weight.ifPresent(patient::setWeightKg);
		hct.ifPresent(patient::setHematocritPercent);
		hb.ifPresent(patient::setHemoglobinGDl);
		age.ifPresent(patient::setAgeYears);
		if (weight.isPresent() && patient.getBloodVolumeMl() != null) {
			patient.setBloodVolumeMl(null);
		}
		if (ci.isPresent()) {
			if (circuit.getClinicalCase() == null) {
				circuit.setClinicalCase(CircuitFactory.eINSTANCE.createClinicalCase());
			}
			circuit.getClinicalCase().setTargetCardiacIndex(ci.get());
		}
	}
}
