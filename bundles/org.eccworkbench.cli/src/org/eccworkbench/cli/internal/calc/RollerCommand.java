package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.OxygenDelivery;
import org.eccworkbench.analysis.RollerPump;
import org.eccworkbench.analysis.RollerStrokeVolume;
import org.eccworkbench.analysis.TubingDiameter;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc roller (--stroke-ml-per-rev V | --boot ID) [--occlusion-factor F]
 * (--rpm R | --flow-l-min Q) [--json]}: roller pump flow from speed, or speed for a flow.
 */
public final class RollerCommand extends CalcCommand {

	static final String STROKE = "stroke-ml-per-rev";
	static final String BOOT = "boot";
	static final String OCCLUSION = "occlusion-factor";
	static final String RPM = "rpm";
	static final String FLOW = "flow-l-min";

	public RollerCommand() {
		super(Set.of(STROKE, BOOT, OCCLUSION, RPM, FLOW));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		boolean calibrated = exactlyOne(args, STROKE, BOOT);
		TubingDiameter boot = calibrated ? null : TubingDiameter.parse(args.requiredOption(BOOT), "--" + BOOT);
		double stroke = calibrated ? required(args, STROKE, RollerPump.STROKE_ML_PER_REV)
				: RollerStrokeVolume.nominalMillilitresPerRev(boot);
		RollerPump pump = new RollerPump(stroke, optional(args, OCCLUSION, RollerPump.OCCLUSION_FACTOR).orElse(1.0));
		double rpm;
		double flow;
		if (exactlyOne(args, RPM, FLOW)) {
			rpm = required(args, RPM, RollerPump.RPM);
			flow = pump.flowLitresPerMin(rpm);
		} else {
			flow = required(args, FLOW, OxygenDelivery.FLOW_L_MIN);
			rpm = pump.rpmFor(flow);
			RollerPump.RPM.check(rpm);
		}
		output.json().put("flow_l_min", flow).put("rpm", rpm).put("stroke_ml_per_rev", pump.strokeMillilitresPerRev())
				.put("occlusion_factor", pump.occlusionFactor())
				.put("stroke_volume_source", calibrated ? "given" : "nominal-weak");
		output.line(NLS.bind(CalcMessages.Roller_flow, fixed(flow, 2), fixed(rpm, 1)));
		Object[] stroke3 = { plain(pump.strokeMillilitresPerRev()), plain(pump.occlusionFactor()),
				fixed(pump.effectiveMillilitresPerRev(), 2), calibrated ? "" : args.requiredOption(BOOT).strip() };
		output.line(NLS.bind(calibrated ? CalcMessages.Roller_strokeGiven : CalcMessages.Roller_strokeNominal, stroke3));
	}
}
