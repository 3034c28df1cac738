package org.eccworkbench.cli.internal.sim;

import java.util.Map;

import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.cli.JsonWriter;
import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.Priority;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.SimulationSetup;

/** The JSON summary of {@code eccw simulate --json}; docs/simulation.md shows it. */
final class SimJson {

	private SimJson() {
	}

	static String summary(SimulationSetup setup, RunResult result) {
		JsonWriter json = new JsonWriter().beginObject();
		json.member("circuit", result.circuitName()).member("scenario", result.scenarioName()); //$NON-NLS-1$ //$NON-NLS-2$
		patient(json.name("patient"), setup.patient(), result.bsaM2()); //$NON-NLS-1$
		json.numberMember("step_ms", setup.stepMs()).member("seed", setup.seed()); //$NON-NLS-1$ //$NON-NLS-2$
		json.numberMember("simulated_s", result.simulatedS()).numberMember("wall_s", result.wallS()); //$NON-NLS-1$ //$NON-NLS-2$
		json.numberMember("speed_x_real_time", result.wallS() > 0 ? result.simulatedS() / result.wallS() : Double.NaN); //$NON-NLS-1$
		json.member("steps", result.steps()).member("stopped", result.stopCause().orElse(null)); //$NON-NLS-1$ //$NON-NLS-2$
		json.numberMember("k_ml_per_g", OxygenContent.DEFAULT_K); //$NON-NLS-1$
		scores(json, result);
		json.name("alarm_counts").beginObject(); //$NON-NLS-1$
		for (Priority priority : Priority.values()) {
			json.member(priority.id(), result.alarms().stream().filter(a -> a.priority() == priority).count());
		}
		json.endObject();
		json.name("alarms").beginArray(); //$NON-NLS-1$
		for (AlarmRecord alarm : result.alarms()) {
			json.beginObject().numberMember("t_s", alarm.tS()).member("id", alarm.id().id()) //$NON-NLS-1$ //$NON-NLS-2$
					.member("priority", alarm.priority().id()).numberMember("cleared_t_s", alarm.clearedS()) //$NON-NLS-1$ //$NON-NLS-2$
					.numberMember("response_s", alarm.responseS()).endObject(); //$NON-NLS-1$
		}
		json.endArray();
		json.name("final").beginObject(); //$NON-NLS-1$
		for (Map.Entry<String, Double> value : result.finalState().entrySet()) {
			json.numberMember(value.getKey(), value.getValue());
		}
		json.endObject();
		json.name("notes").beginArray(); //$NON-NLS-1$
		result.notes().forEach(json::value);
		json.endArray();
		return json.endObject().toString();
	}

	static void scores(JsonWriter json, RunResult result) {
		var s = result.scores();
		json.numberMember("bypass_min", s.bypassMinutes()).numberMember("nadir_do2i_ml_min_m2", s.nadirDo2i()) //$NON-NLS-1$ //$NON-NLS-2$
				.numberMember("minutes_below_do2i_272", s.minutesBelowDo2i272()) //$NON-NLS-1$
				.numberMember("minutes_below_do2i_280", s.minutesBelowDo2i280()) //$NON-NLS-1$
				.numberMember("max_temperature_gradient_c", s.maxGradientC()).member("missed_redoses", (long) s.missedRedoses()) //$NON-NLS-1$ //$NON-NLS-2$
				.numberMember("blood_volume_error_relative", s.maxVolumeErrorRelative()); //$NON-NLS-1$
	}

	static void patient(JsonWriter json, PatientSpec patient, double bsa) {
		json.beginObject().numberMember("height_cm", patient.heightCm()).numberMember("weight_kg", patient.weightKg()) //$NON-NLS-1$ //$NON-NLS-2$
				.numberMember("hct_percent", patient.hctPercent()).numberMember("bsa_m2", bsa) //$NON-NLS-1$ //$NON-NLS-2$
				.numberMember("blood_volume_ml", patient.bloodVolumeMl()).endObject(); //$NON-NLS-1$
	}
}
